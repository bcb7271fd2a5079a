"""Collaborative filtering cost function (Python port of cofiCostFunc.m)."""
import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0) -> tuple[float, np.ndarray]:
    """Return the regularised cost and gradient of collaborative filtering.

    ``params`` holds X (num_movies x num_features) and Theta
    (num_users x num_features) unrolled column-major, as in the MATLAB code.
    Only the entries with ``R[i, j] == 1`` count in the squared error.
    """
    split = num_movies * num_features
    X = params[:split].reshape((num_movies, num_features), order="F")
    Theta = params[split:].reshape((num_users, num_features), order="F")

    predictions = X @ Theta.T
    errors = predictions - Y

    J = 0.5 * np.sum((errors * R) ** 2)
    J += (lambda_ / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = errors @ Theta + lambda_ * X
    Theta_grad = errors.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
