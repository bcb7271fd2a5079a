"""Collaborative filtering cost function (ML ex8), translated from cofiCostFunc.m."""
from __future__ import annotations

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
    """Regularised collaborative-filtering cost and gradient.

    Parameters
    ----------
    params : ndarray
        Movie features X (num_movies x num_features) followed by user
        parameters Theta (num_users x num_features), each unrolled
        column-major exactly like MATLAB's ``[X(:); Theta(:)]``.
    Y : ndarray, shape (num_movies, num_users)
        Ratings.
    R : ndarray, shape (num_movies, num_users)
        R[i, j] = 1 when movie i was rated by user j.
    num_users, num_movies, num_features : int
        Problem sizes.
    lambda_ : float
        Regularisation strength.

    Returns
    -------
    J : float
        Cost.
    grad : ndarray
        Gradient, unrolled in the same column-major order as ``params``.
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features

    # MATLAB reshape is column-major -> order="F"
    X = params[:n_x].reshape((num_movies, num_features), order="F")
    Theta = params[n_x:].reshape((num_users, num_features), order="F")

    # only the rated entries contribute
    err = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(err ** 2) + 0.5 * lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err @ Theta + lambda_ * X
    Theta_grad = err.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return float(J), grad
