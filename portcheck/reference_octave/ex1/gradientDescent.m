function [theta, J_history] = gradientDescent(X, y, theta, alpha, num_iters)
%GRADIENTDESCENT Batch gradient descent for linear regression, one feature.
%   [theta, J_history] = GRADIENTDESCENT(X, y, theta, alpha, num_iters) takes
%   num_iters steps theta := theta - alpha / m * X' * (X * theta - y), all
%   components updated at once, and records the cost after every step in the
%   num_iters x 1 vector J_history.

m = length(y);
J_history = zeros(num_iters, 1);

for iter = 1:num_iters
    theta = theta - (alpha / m) * (X' * (X * theta - y));
    J_history(iter) = computeCost(X, y, theta);
end

end
