"""ex8 cofiCostFunc unrolling X and Theta row-major.

The mistake: ``params[:nm*nf].reshape(nm, nf)`` reads Octave's column-major
``[X(:); Theta(:)]`` row by row, and the gradient is unrolled row-major too.

Run:  portcheck compare cofiCostFunc --python examples/course/cofiCostFunc_c_order.py:cofiCostFunc
"""
import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_):
    nm, nu, nf = int(num_movies), int(num_users), int(num_features)
    params = np.asarray(params).ravel()
    X = params[: nm * nf].reshape(nm, nf)                 # BUG: order="F"
    Theta = params[nm * nf:].reshape(nu, nf)              # BUG: order="F"
    E = (X @ Theta.T - Y) * R
    J = 0.5 * np.sum(E ** 2) + lambda_ / 2 * (np.sum(Theta ** 2) + np.sum(X ** 2))
    X_grad = E @ Theta + lambda_ * X
    Theta_grad = E.T @ X + lambda_ * Theta
    return J, np.concatenate([X_grad.ravel(), Theta_grad.ravel()])   # BUG: order="F"
