function p = multivariateGaussian(X, mu, Sigma2)
%MULTIVARIATEGAUSSIAN Density of the multivariate normal distribution.
%   p = MULTIVARIATEGAUSSIAN(X, mu, Sigma2) returns the m x 1 densities of the
%   rows of the m x k matrix X under the normal distribution with mean mu
%   (k elements) and covariance Sigma2 (k x k):
%     p = (2 * pi)^(-k / 2) * det(Sigma2)^(-1/2)
%         * exp(-(x - mu)' * pinv(Sigma2) * (x - mu) / 2).
%   A vector Sigma2 (row or column) holds the variances of independent
%   features and is turned into the diagonal matrix diag(Sigma2).

k = length(mu);

if (size(Sigma2, 2) == 1) || (size(Sigma2, 1) == 1)
    Sigma2 = diag(Sigma2);
end

X = X - mu(:)';
p = (2 * pi) ^ (-k / 2) * det(Sigma2) ^ (-0.5) * ...
    exp(-0.5 * sum((X * pinv(Sigma2)) .* X, 2));

end
