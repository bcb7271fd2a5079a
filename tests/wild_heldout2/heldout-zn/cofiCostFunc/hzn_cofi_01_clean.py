"""Collaborative filtering cost (exercise 8), ported from cofiCostFunc.m."""
import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """Return the regularised collaborative-filtering cost and its gradient.

    params is [X(:); Theta(:)] as Octave builds it, i.e. both matrices unrolled
    column by column (Fortran order). The gradient is returned the same way.
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features

    X = params[:n_x].reshape((num_movies, num_features), order="F")
    Theta = params[n_x:].reshape((num_users, num_features), order="F")

    # Only rated entries contribute
    err = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(err ** 2) + 0.5 * lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err @ Theta + lambda_ * X
    Theta_grad = err.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
