function centroids = computeCentroids(X, idx, K)
%COMPUTECENTROIDS Mean of the examples assigned to each centroid.
%   centroids = COMPUTECENTROIDS(X, idx, K) returns the K x n matrix whose row
%   k is the mean of the rows X(i, :) with idx(i) == k, for the m x n examples
%   X and the m x 1 assignments idx in 1..K. A centroid with no examples is a
%   row of NaN.
%
%   The dimension of mean is given explicitly: mean of a 0 x n matrix along
%   the default dimension is 0 x 1 (empty), which cannot be assigned to a row.

n = size(X, 2);
centroids = zeros(K, n);

for k = 1:K
    centroids(k, :) = mean(X(idx == k, :), 1);
end

end
