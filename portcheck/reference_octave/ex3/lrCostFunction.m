function [J, grad] = lrCostFunction(theta, X, y, lambda)
%LRCOSTFUNCTION Regularised logistic regression cost and gradient, vectorised.
%   [J, grad] = LRCOSTFUNCTION(theta, X, y, lambda) returns, for the m x n
%   design matrix X (column 1 all ones), the m x 1 labels y in {0, 1} and the
%   n x 1 parameters theta, with h = sigmoid(X * theta):
%     J    = -(y' * log(h) + (1 - y)' * log(1 - h)) / m
%            + lambda / (2 * m) * sum(theta(2:end) .^ 2)
%     grad = X' * (h - y) / m + lambda / m * [0; theta(2:end)]
%   No loop over examples or parameters; theta(1) is not regularised.

m = length(y);

h = sigmoid(X * theta);

theta_reg = theta;
theta_reg(1) = 0;

J = (-y' * log(h) - (1 - y)' * log(1 - h)) / m ...
    + (lambda / (2 * m)) * sum(theta_reg .^ 2);
grad = (X' * (h - y)) / m + (lambda / m) * theta_reg;

grad = grad(:);

end
