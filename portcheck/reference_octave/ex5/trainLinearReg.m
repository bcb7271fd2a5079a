function theta = trainLinearReg(X, y, lambda)
%TRAINLINEARREG Parameters minimising the regularised linear regression cost.
%   theta = TRAINLINEARREG(X, y, lambda) returns the n x 1 minimiser of
%   LINEARREGCOSTFUNCTION(X, y, theta, lambda), in closed form: the
%   regularised normal equations
%     (X' * X + lambda * L) * theta = X' * y,   L = eye(n) with L(1, 1) = 0,
%   solved with pinv so that a rank-deficient system (fewer examples than
%   parameters, lambda = 0) gives the minimum-norm solution.
%
%   The course trains with an iterative optimiser (fmincg, 200 iterations).
%   Its iterates depend on rounding and stopping rules that differ between
%   Octave and any Python optimiser, so a parity check could never be tight.
%   The closed form is deterministic and is used in BOTH the Octave reference
%   and the Python port.

n = size(X, 2);

L = eye(n);
L(1, 1) = 0;

theta = pinv(X' * X + lambda * L) * (X' * y);

end
