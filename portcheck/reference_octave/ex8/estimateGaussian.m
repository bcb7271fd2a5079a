function [mu, sigma2] = estimateGaussian(X)
%ESTIMATEGAUSSIAN Mean and variance of each feature.
%   [mu, sigma2] = ESTIMATEGAUSSIAN(X) returns, for the m x n examples X, the
%   n x 1 feature means mu and the n x 1 variances
%     sigma2(j) = sum((X(:, j) - mu(j)) .^ 2) / m,
%   the maximum-likelihood estimate (divisor m, not the m - 1 of var(X)).

m = size(X, 1);

mu = mean(X, 1)';
sigma2 = sum((X - mu') .^ 2, 1)' / m;

end
