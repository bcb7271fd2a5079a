function p = predictOneVsAll(all_theta, X)
%PREDICTONEVSALL Label chosen by one-vs-all logistic regression classifiers.
%   p = PREDICTONEVSALL(all_theta, X) returns, for the m x n features X
%   (without the bias column) and the K x (n + 1) matrix all_theta whose row k
%   holds classifier k, the m x 1 vector of labels 1..K of the classifier with
%   the highest probability. Ties go to the lowest label.

m = size(X, 1);
X = [ones(m, 1) X];

[~, p] = max(sigmoid(X * all_theta'), [], 2);

end
