function [J, grad] = linearRegCostFunction(X, y, theta, lambda)
%LINEARREGCOSTFUNCTION Regularised linear regression cost and gradient.
%   [J, grad] = LINEARREGCOSTFUNCTION(X, y, theta, lambda) returns, for the
%   m x n design matrix X (column 1 all ones), the m x 1 targets y and the
%   n x 1 parameters theta:
%     J    = sum((X * theta - y) .^ 2) / (2 * m)
%            + lambda / (2 * m) * sum(theta(2:end) .^ 2)
%     grad = X' * (X * theta - y) / m + lambda / m * [0; theta(2:end)]
%   theta(1), the intercept, is not regularised.

m = length(y);

residual = X * theta - y;

theta_reg = theta;
theta_reg(1) = 0;

J = sum(residual .^ 2) / (2 * m) + (lambda / (2 * m)) * sum(theta_reg .^ 2);
grad = (X' * residual) / m + (lambda / m) * theta_reg;

grad = grad(:);

end
