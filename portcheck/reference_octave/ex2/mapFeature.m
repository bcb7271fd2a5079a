function out = mapFeature(X1, X2)
%MAPFEATURE All monomials of two features up to degree 6.
%   out = MAPFEATURE(X1, X2) maps the m x 1 features X1 and X2 to the m x 28
%   matrix [1, X1, X2, X1.^2, X1.*X2, X2.^2, X1.^3, ..., X2.^6]: for each
%   degree i = 1..6 the columns X1.^(i-j) .* X2.^j for j = 0..i, after a
%   leading column of ones.

degree = 6;
out = ones(size(X1(:, 1)));
for i = 1:degree
    for j = 0:i
        out(:, end + 1) = (X1 .^ (i - j)) .* (X2 .^ j);
    end
end

end
