function p = predict(theta, X)
%PREDICT Label predicted by logistic regression, 0 or 1.
%   p = PREDICT(theta, X) returns the m x 1 logical vector
%   p = sigmoid(X * theta) >= 0.5, i.e. 1 where the estimated probability of
%   the positive class is at least one half.

p = sigmoid(X * theta) >= 0.5;

end
