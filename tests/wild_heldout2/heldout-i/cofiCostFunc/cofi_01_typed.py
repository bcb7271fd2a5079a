from typing import Tuple

import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Collaborative filtering cost and gradient.

    ``params`` is ``[X(:); Theta(:)]`` in MATLAB (column-major) order.
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features
    X = params[:n_x].reshape((num_movies, num_features), order="F")
    Theta = params[n_x:].reshape((num_users, num_features), order="F")

    R = np.asarray(R, dtype=bool)
    E = np.where(R, X @ Theta.T - Y, 0.0)

    J = 0.5 * np.sum(E ** 2) + 0.5 * lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = E @ Theta + lambda_ * X
    Theta_grad = E.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return float(J), grad
