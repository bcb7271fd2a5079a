function e = log_energy(X)
%LOG_ENERGY The energy of each column of X in decades: log10 of the sum of squares.
e = log10(sum(X .^ 2, 1));
end
