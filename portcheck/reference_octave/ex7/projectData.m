function Z = projectData(X, U, K)
%PROJECTDATA Coordinates of the examples on the first K principal directions.
%   Z = PROJECTDATA(X, U, K) returns the m x K projection Z = X * U(:, 1:K)
%   of the m x n examples X on the first K columns of the n x n matrix U.

Z = X * U(:, 1:K);

end
