function [X_norm, mu, sigma] = featureNormalize(X)
%FEATURENORMALIZE Scale every column of X to mean 0 and standard deviation 1.
%   [X_norm, mu, sigma] = FEATURENORMALIZE(X) returns the 1 x n column means
%   mu, the 1 x n column standard deviations sigma and X_norm = (X - mu) ./ sigma.
%   sigma is Octave's std: the N - 1 ("sample") divisor.
%
%   The dimension is given explicitly: mean(X) and std(X) reduce along the
%   first non-singleton dimension, which is the wrong one for a 1 x n X.

mu = mean(X, 1);
sigma = std(X, 0, 1);
X_norm = (X - mu) ./ sigma;

end
