function p = predict(Theta1, Theta2, X)
%PREDICT Label predicted by a trained two-layer network.
%   p = PREDICT(Theta1, Theta2, X) propagates the m x n features X through
%   the hidden layer Theta1 (h x (n + 1)) and the output layer Theta2
%   (K x (h + 1)), adding a bias unit before each layer, and returns the
%   m x 1 vector of labels 1..K of the most active output unit.

m = size(X, 1);

a1 = [ones(m, 1) X];
a2 = [ones(m, 1) sigmoid(a1 * Theta1')];
a3 = sigmoid(a2 * Theta2');

[~, p] = max(a3, [], 2);

end
