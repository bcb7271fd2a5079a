function [J, grad] = costFunction(theta, X, y)
%COSTFUNCTION Cross-entropy cost and gradient of logistic regression.
%   [J, grad] = COSTFUNCTION(theta, X, y) returns, for the m x n design matrix
%   X (column 1 all ones), the m x 1 labels y in {0, 1} and the n x 1
%   parameters theta, with h = sigmoid(X * theta):
%     J    = -(y' * log(h) + (1 - y)' * log(1 - h)) / m
%     grad = X' * (h - y) / m                          (n x 1)

m = length(y);

h = sigmoid(X * theta);
J = (-y' * log(h) - (1 - y)' * log(1 - h)) / m;
grad = (X' * (h - y)) / m;

end
