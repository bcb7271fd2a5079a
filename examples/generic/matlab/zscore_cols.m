function [Z, mu, sd] = zscore_cols(X)
%ZSCORE_COLS Standardise each column: subtract its mean, divide by its standard deviation (N-1).
mu = mean(X);
sd = std(X);
Z = (X - mu) ./ sd;
end
