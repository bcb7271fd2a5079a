function [J, grad] = nnCostFunction(nn_params, input_layer_size, ...
                                    hidden_layer_size, num_labels, ...
                                    X, y, lambda)
%NNCOSTFUNCTION Cost and gradient of a two-layer classification network.
%   [J, grad] = NNCOSTFUNCTION(nn_params, input_layer_size, hidden_layer_size,
%   num_labels, X, y, lambda) returns the regularised cross-entropy cost J of a
%   network with one sigmoid hidden layer and sigmoid outputs, and its gradient
%   with respect to the weights.
%
%   nn_params holds Theta1 (hidden_layer_size x (input_layer_size + 1)) and
%   Theta2 (num_labels x (hidden_layer_size + 1)) unrolled column by column:
%   nn_params = [Theta1(:); Theta2(:)]. grad is unrolled the same way.
%   y holds labels 1..num_labels. The bias columns (column 1 of each Theta)
%   are not regularised.

Theta1 = reshape(nn_params(1:hidden_layer_size * (input_layer_size + 1)), ...
                 hidden_layer_size, (input_layer_size + 1));
Theta2 = reshape(nn_params((1 + (hidden_layer_size * (input_layer_size + 1))):end), ...
                 num_labels, (hidden_layer_size + 1));

m = size(X, 1);

% Forward propagation, one example per row.
a1 = [ones(m, 1) X];
z2 = a1 * Theta1';
a2 = [ones(m, 1) sigmoid(z2)];
z3 = a2 * Theta2';
a3 = sigmoid(z3);

% One-hot labels: row i has a 1 in column y(i).
Y = zeros(m, num_labels);
Y(sub2ind(size(Y), (1:m)', y(:))) = 1;

J = -sum(sum(Y .* log(a3) + (1 - Y) .* log(1 - a3))) / m;

reg = sum(sum(Theta1(:, 2:end) .^ 2)) + sum(sum(Theta2(:, 2:end) .^ 2));
J = J + lambda / (2 * m) * reg;

% Backpropagation, vectorised over the examples.
delta3 = a3 - Y;
delta2 = (delta3 * Theta2(:, 2:end)) .* sigmoidGradient(z2);

Theta1_grad = delta2' * a1 / m;
Theta2_grad = delta3' * a2 / m;

Theta1_grad(:, 2:end) = Theta1_grad(:, 2:end) + lambda / m * Theta1(:, 2:end);
Theta2_grad(:, 2:end) = Theta2_grad(:, 2:end) + lambda / m * Theta2(:, 2:end);

grad = [Theta1_grad(:); Theta2_grad(:)];

end
