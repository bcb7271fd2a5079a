function g = sigmoid(z)
%SIGMOID Logistic function, element-wise.
%   g = SIGMOID(z) computes 1 ./ (1 + exp(-z)) for every element of z.

g = 1.0 ./ (1.0 + exp(-z));

end
