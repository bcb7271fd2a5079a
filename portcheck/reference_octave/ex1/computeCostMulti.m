function J = computeCostMulti(X, y, theta)
%COMPUTECOSTMULTI Cost of linear regression with several features.
%   J = COMPUTECOSTMULTI(X, y, theta) returns half the mean squared residual
%   for the m x n design matrix X (column 1 all ones), the m x 1 targets y and
%   the n x 1 parameters theta, written as an inner product:
%   J = (X * theta - y)' * (X * theta - y) / (2 * m).

m = length(y);

residual = X * theta - y;
J = (residual' * residual) / (2 * m);

end
