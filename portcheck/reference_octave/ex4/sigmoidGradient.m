function g = sigmoidGradient(z)
%SIGMOIDGRADIENT Derivative of the logistic function, element-wise.
%   g = SIGMOIDGRADIENT(z) returns sigmoid(z) .* (1 - sigmoid(z)).

s = sigmoid(z);
g = s .* (1 - s);

end
