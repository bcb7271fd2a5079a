"""Collaborative filtering cost (ex8), translated from cofiCostFunc.m."""
from typing import Tuple

import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Return the regularised cost J and the unrolled gradient.

    ``params`` is ``[X(:); Theta(:)]`` exactly as MATLAB unrolls it, i.e.
    column by column, so both blocks are rebuilt with ``order='F'`` and the
    gradient is unrolled the same way.
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features

    X = params[:n_x].reshape((num_movies, num_features), order='F')
    Theta = params[n_x:].reshape((num_users, num_features), order='F')

    # error only on the rated entries
    E = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(E ** 2) + (lambda_ / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = E @ Theta + lambda_ * X
    Theta_grad = E.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
