function [U, S] = pca(X)
%PCA Principal components of a data set.
%   [U, S] = PCA(X) returns, for the m x n examples X (already normalised to
%   mean 0), the singular value decomposition of the n x n covariance matrix
%   Sigma = X' * X / m: the columns of the n x n U are the principal
%   directions and the n x n diagonal S holds their variances, largest first.
%   Each column of U is defined up to its sign.

m = size(X, 1);

Sigma = (X' * X) / m;
[U, S, ~] = svd(Sigma);

end
