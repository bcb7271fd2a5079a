function [J, grad] = cofiCostFunc(params, Y, R, num_users, num_movies, ...
                                  num_features, lambda)
%COFICOSTFUNC Collaborative filtering cost and gradient.
%   [J, grad] = COFICOSTFUNC(params, Y, R, num_users, num_movies,
%   num_features, lambda) unpacks the movie features X (num_movies x
%   num_features) and the user parameters Theta (num_users x num_features)
%   from params = [X(:); Theta(:)], unrolled column by column, and returns
%     J = sum over rated pairs (R(i, j) = 1) of (X(i, :) * Theta(j, :)' - Y(i, j))^2 / 2
%         + lambda / 2 * (sum(Theta(:) .^ 2) + sum(X(:) .^ 2))
%   and grad = [X_grad(:); Theta_grad(:)], unrolled the same way. Y and R are
%   num_movies x num_users; an entry of Y where R is 0 contributes nothing
%   (it must still be finite: NaN .* 0 is NaN).

X = reshape(params(1:num_movies * num_features), num_movies, num_features);
Theta = reshape(params(num_movies * num_features + 1:end), ...
                num_users, num_features);

E = (X * Theta' - Y) .* R;

J = sum(E(:) .^ 2) / 2 + (lambda / 2) * (sum(Theta(:) .^ 2) + sum(X(:) .^ 2));

X_grad = E * Theta + lambda * X;
Theta_grad = E' * X + lambda * Theta;

grad = [X_grad(:); Theta_grad(:)];

end
