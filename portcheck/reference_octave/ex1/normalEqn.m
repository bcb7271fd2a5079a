function theta = normalEqn(X, y)
%NORMALEQN Closed-form least-squares parameters of linear regression.
%   theta = NORMALEQN(X, y) solves the normal equations X' * X * theta = X' * y
%   with the pseudo-inverse, theta = pinv(X' * X) * X' * y, so that a singular
%   X' * X still gives the minimum-norm solution.

theta = pinv(X' * X) * X' * y;

end
