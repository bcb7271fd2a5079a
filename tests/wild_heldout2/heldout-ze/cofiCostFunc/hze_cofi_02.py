"""Collaborative filtering cost function (ex8)."""
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
    """Regularized collaborative filtering cost and gradient.

    params is [X(:); Theta(:)] unrolled in column-major (Fortran) order, as in
    the MATLAB/Octave original; the gradient is returned in the same layout.
    """
    n_x = num_movies * num_features
    X = np.reshape(params[:n_x], (num_movies, num_features), order="F")
    Theta = np.reshape(params[n_x:], (num_users, num_features), order="F")

    # Error only on the rated entries (R == 1)
    E = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(E ** 2) + 0.5 * lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = E @ Theta + lambda_ * X
    Theta_grad = E.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return float(J), grad
