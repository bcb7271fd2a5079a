"""Collaborative filtering cost (ex8), ported from cofiCostFunc.m."""
import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0):
    """Return the regularised cost J and the unrolled gradient.

    ``params`` is ``[X(:); Theta(:)]`` in MATLAB (column-major) order, where
    X is (num_movies, num_features) and Theta is (num_users, num_features).
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features
    X = params[:n_x].reshape(num_movies, num_features, order="F")
    Theta = params[n_x:].reshape(num_users, num_features, order="F")

    error = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(error ** 2) + 0.5 * lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error @ Theta + lambda_ * X
    Theta_grad = error.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
