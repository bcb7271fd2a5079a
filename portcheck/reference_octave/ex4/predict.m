function p = predict(Theta1, Theta2, X)
%PREDICT Label predicted by a trained two-layer network.
%   p = PREDICT(Theta1, Theta2, X) returns, for each row of X, the label
%   1..num_labels whose output unit is largest.

m = size(X, 1);
h1 = sigmoid([ones(m, 1) X] * Theta1');
h2 = sigmoid([ones(m, 1) h1] * Theta2');
[~, p] = max(h2, [], 2);

end
