function J = computeCost(X, y, theta)
%COMPUTECOST Cost of linear regression with one feature.
%   J = COMPUTECOST(X, y, theta) returns half the mean squared residual,
%   J = sum((X * theta - y) .^ 2) / (2 * m), for the m x 2 design matrix X
%   (column 1 all ones), the m x 1 targets y and the 2 x 1 parameters theta.

m = length(y);

residual = X * theta - y;
J = sum(residual .^ 2) / (2 * m);

end
