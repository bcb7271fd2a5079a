function [numgrad, grad, diff] = checkNNGradients(lambda)
%CHECKNNGRADIENTS Compare backpropagation with a numerical gradient.
%   [numgrad, grad, diff] = CHECKNNGRADIENTS(lambda) builds a small network
%   (3 inputs, 5 hidden units, 3 labels, 5 examples) from deterministic
%   weights, and returns the numerical gradient, the backpropagation gradient
%   and their relative difference norm(numgrad - grad) / norm(numgrad + grad).
%   Called with no output arguments it prints the two columns and the
%   relative difference instead.

if ~exist('lambda', 'var') || isempty(lambda)
  lambda = 0;
end

input_layer_size = 3;
hidden_layer_size = 5;
num_labels = 3;
m = 5;

Theta1 = debugInitializeWeights(hidden_layer_size, input_layer_size);
Theta2 = debugInitializeWeights(num_labels, hidden_layer_size);
X = debugInitializeWeights(m, input_layer_size - 1);
y = 1 + mod(1:m, num_labels)';

nn_params = [Theta1(:); Theta2(:)];

costFunc = @(p) nnCostFunction(p, input_layer_size, hidden_layer_size, ...
                               num_labels, X, y, lambda);

[cost, grad] = costFunc(nn_params);
numgrad = computeNumericalGradient(costFunc, nn_params);
diff = norm(numgrad - grad) / norm(numgrad + grad);

if nargout == 0
  disp([numgrad grad]);
  fprintf('Relative difference: %g (should be below 1e-9)\n', diff);
end

end
