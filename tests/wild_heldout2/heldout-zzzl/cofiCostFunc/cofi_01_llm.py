"""Collaborative filtering cost and gradient (port of ex8/cofiCostFunc.m)."""
from typing import Tuple

import numpy as np


def cofi_cost_func(
    params: np.ndarray,
    Y: np.ndarray,
    R: np.ndarray,
    num_users: int,
    num_movies: int,
    num_features: int,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Compute the regularised collaborative filtering cost and gradient.

    Parameters
    ----------
    params : 1-D array, ``[X.ravel('F'), Theta.ravel('F')]``.
    Y : (num_movies, num_users) ratings.
    R : (num_movies, num_users) indicator, 1 where a rating exists.
    num_users, num_movies, num_features : problem sizes.
    lambda_ : regularisation parameter.

    Returns
    -------
    J : float
    grad : 1-D array unrolled like ``params``.
    """
    params = np.asarray(params, dtype=float).ravel()
    X = params[: num_movies * num_features].reshape(num_movies, num_features, order="F")
    Theta = params[num_movies * num_features :].reshape(num_users, num_features, order="F")

    # Only rated entries contribute, so mask the predictions with R.
    error = (X @ Theta.T) * R - Y

    J = 0.5 * np.sum(error ** 2) + (lambda_ / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error @ Theta + lambda_ * X
    Theta_grad = error.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return float(J), grad
