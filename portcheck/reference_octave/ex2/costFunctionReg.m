function [J, grad] = costFunctionReg(theta, X, y, lambda)
%COSTFUNCTIONREG Regularised cost and gradient of logistic regression.
%   [J, grad] = COSTFUNCTIONREG(theta, X, y, lambda) adds the L2 penalty
%   lambda / (2 * m) * sum(theta(2:end) .^ 2) to the cost of COSTFUNCTION and
%   lambda / m * theta(j) to grad(j) for j >= 2. theta(1), the intercept, is
%   not regularised.

m = length(y);

h = sigmoid(X * theta);

% Copy of theta with the intercept zeroed: the penalty skips theta(1).
theta_reg = theta;
theta_reg(1) = 0;

J = (-y' * log(h) - (1 - y)' * log(1 - h)) / m ...
    + (lambda / (2 * m)) * sum(theta_reg .^ 2);
grad = (X' * (h - y)) / m + (lambda / m) * theta_reg;

end
