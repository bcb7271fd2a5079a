function [error_train, error_val] = learningCurve(X, y, Xval, yval, lambda)
%LEARNINGCURVE Training and validation error against training-set size.
%   [error_train, error_val] = LEARNINGCURVE(X, y, Xval, yval, lambda) trains
%   on the first i examples, X(1:i, :) and y(1:i), for i = 1..m, with
%   regularisation lambda, and returns the m x 1 vectors
%     error_train(i) = cost on X(1:i, :), y(1:i)
%     error_val(i)   = cost on all of Xval, yval
%   Both errors are LINEARREGCOSTFUNCTION with lambda = 0: the penalty is
%   part of training, not of the error being measured.
%
%   Training uses TRAINLINEARREG, the closed-form (normal-equation) trainer
%   written for this project instead of the course's fmincg, so that Octave
%   and Python produce the same theta to rounding error.

m = size(X, 1);

error_train = zeros(m, 1);
error_val = zeros(m, 1);

for i = 1:m
    theta = trainLinearReg(X(1:i, :), y(1:i), lambda);
    error_train(i) = linearRegCostFunction(X(1:i, :), y(1:i), theta, 0);
    error_val(i) = linearRegCostFunction(Xval, yval, theta, 0);
end

end
