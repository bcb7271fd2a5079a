"""Collaborative filtering cost (ex8), vectorised."""
from typing import Tuple

import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Regularised collaborative-filtering cost and gradient.

    Args:
        params: [X(:); Theta(:)] unrolled column-major, as in the Octave code.
        Y: (num_movies, num_users) ratings.
        R: (num_movies, num_users) indicator, 1 where a rating exists.
        lambda_: regularisation strength.

    Returns:
        (J, grad) with grad unrolled like params.
    """
    params = np.asarray(params, dtype=float).ravel()
    X = params[:num_movies * num_features].reshape(
        (num_movies, num_features), order="F")
    Theta = params[num_movies * num_features:].reshape(
        (num_users, num_features), order="F")

    predictions = X @ Theta.T
    errors = predictions - Y

    J = 0.5 * np.sum((errors * R) ** 2)
    J += (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = errors @ Theta + lambda_ * X
    Theta_grad = (errors * R).T @ X

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
