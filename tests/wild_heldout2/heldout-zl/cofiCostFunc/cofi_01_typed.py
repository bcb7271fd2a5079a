"""Collaborative filtering cost function (ex8), translated from cofiCostFunc.m."""
import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0) -> tuple[float, np.ndarray]:
    """Return the regularised collaborative filtering cost and its gradient.

    Parameters
    ----------
    params : 1-D array, [X(:); Theta(:)] unrolled in column-major (Fortran) order
    Y : (num_movies, num_users) ratings
    R : (num_movies, num_users) indicator, R[i, j] = 1 if movie i was rated by user j
    """
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order="F")
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order="F")

    predictions = X @ Theta.T
    errors = predictions - Y

    # only rated movies contribute to the cost
    J = 0.5 * np.sum((errors * R) ** 2)
    J += (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = errors @ Theta + lambda_ * X
    Theta_grad = errors.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
