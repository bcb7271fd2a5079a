function g = sigmoid(z)
%SIGMOID Logistic function, element-wise.
%   g = SIGMOID(z) computes 1 ./ (1 + exp(-z)) for every element of z.
%   For very negative z, exp(-z) overflows to Inf and g is exactly 0.

g = 1 ./ (1 + exp(-z));

end
