function X_rec = recoverData(Z, U, K)
%RECOVERDATA Approximate examples back from their projection.
%   X_rec = RECOVERDATA(Z, U, K) maps the m x K projection Z back to the
%   m x n space of the data, X_rec = Z * U(:, 1:K)', for the n x n matrix U
%   of principal directions.

X_rec = Z * U(:, 1:K)';

end
