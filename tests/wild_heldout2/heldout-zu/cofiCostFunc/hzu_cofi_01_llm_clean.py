"""Collaborative filtering cost function (ex8)."""
import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0):
    """Return the regularised collaborative-filtering cost and its gradient.

    ``params`` is the column-major concatenation ``[X(:); Theta(:)]`` of the
    movie features X (num_movies x num_features) and the user parameters
    Theta (num_users x num_features). ``Y`` and ``R`` are
    (num_movies x num_users); only entries with ``R == 1`` count.
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features
    X = params[:n_x].reshape((num_movies, num_features), order="F")
    Theta = params[n_x:].reshape((num_users, num_features), order="F")

    error = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(error ** 2)
    J += (lambda_ / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error @ Theta + lambda_ * X
    Theta_grad = error.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
