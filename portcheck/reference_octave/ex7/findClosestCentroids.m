function idx = findClosestCentroids(X, centroids)
%FINDCLOSESTCENTROIDS Index of the nearest centroid for every example.
%   idx = FINDCLOSESTCENTROIDS(X, centroids) returns, for the m x n examples X
%   and the K x n centroids, the m x 1 vector idx with idx(i) in 1..K the row
%   of centroids closest to X(i, :) in squared Euclidean distance. Ties go to
%   the lowest index.

m = size(X, 1);
idx = zeros(m, 1);

for i = 1:m
    dist = sum((centroids - X(i, :)) .^ 2, 2);
    [~, idx(i)] = min(dist);
end

end
