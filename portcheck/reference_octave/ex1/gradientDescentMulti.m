function [theta, J_history] = gradientDescentMulti(X, y, theta, alpha, num_iters)
%GRADIENTDESCENTMULTI Batch gradient descent for linear regression.
%   [theta, J_history] = GRADIENTDESCENTMULTI(X, y, theta, alpha, num_iters)
%   is GRADIENTDESCENT for any number of features: num_iters simultaneous
%   updates theta := theta - alpha / m * X' * (X * theta - y), with the cost
%   after every step in the num_iters x 1 vector J_history.

m = length(y);
J_history = zeros(num_iters, 1);

for iter = 1:num_iters
    theta = theta - (alpha / m) * (X' * (X * theta - y));
    J_history(iter) = computeCostMulti(X, y, theta);
end

end
