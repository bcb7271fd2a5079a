function X_poly = polyFeatures(X, p)
%POLYFEATURES Powers 1..p of a single feature.
%   X_poly = POLYFEATURES(X, p) maps the m x 1 vector X to the m x p matrix
%   whose column j is X .^ j, for j = 1..p (no column of ones: power 0 is
%   left out).

X_poly = zeros(numel(X), p);
for j = 1:p
    X_poly(:, j) = X(:) .^ j;
end

end
