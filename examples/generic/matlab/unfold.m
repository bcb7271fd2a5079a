function Y = unfold(x, r)
%UNFOLD The samples of x as a matrix of r rows, filled column by column (Octave's reshape).
Y = reshape(x, r, []);
end
