function [lambda_vec, error_train, error_val] = validationCurve(X, y, Xval, yval)
%VALIDATIONCURVE Training and validation error against lambda.
%   [lambda_vec, error_train, error_val] = VALIDATIONCURVE(X, y, Xval, yval)
%   trains on all of X, y for each lambda in the 10 x 1 vector
%     lambda_vec = [0 0.001 0.003 0.01 0.03 0.1 0.3 1 3 10]'
%   and returns the 10 x 1 errors on the training set and on Xval, yval,
%   both measured with LINEARREGCOSTFUNCTION at lambda = 0.
%
%   Training uses TRAINLINEARREG, the closed-form (normal-equation) trainer
%   written for this project instead of the course's fmincg, so that Octave
%   and Python produce the same theta to rounding error.

lambda_vec = [0 0.001 0.003 0.01 0.03 0.1 0.3 1 3 10]';

error_train = zeros(length(lambda_vec), 1);
error_val = zeros(length(lambda_vec), 1);

for i = 1:length(lambda_vec)
    lambda = lambda_vec(i);
    theta = trainLinearReg(X, y, lambda);
    error_train(i) = linearRegCostFunction(X, y, theta, 0);
    error_val(i) = linearRegCostFunction(Xval, yval, theta, 0);
end

end
