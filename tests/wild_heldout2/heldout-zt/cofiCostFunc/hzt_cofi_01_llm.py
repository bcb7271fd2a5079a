"""Collaborative filtering cost function (Python port of cofiCostFunc.m)."""
import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0):
    """Return the regularised collaborative-filtering cost and its gradient.

    Args:
        params: unrolled ``[X.ravel(order="F"), Theta.ravel(order="F")]``.
        Y: (num_movies, num_users) ratings.
        R: (num_movies, num_users) indicator, 1 where a rating exists.
        num_users, num_movies, num_features: problem sizes.
        lambda_: regularisation parameter.

    Returns:
        J (float) and grad (1-D array with the layout of ``params``).
    """
    X = params[: num_movies * num_features].reshape(num_movies, num_features, order="F")
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order="F")

    # prediction error for every (movie, user) pair
    error = X @ Theta.T - Y

    J = 0.5 * np.sum((error * R) ** 2)
    J += (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error @ Theta + lambda_ * X
    Theta_grad = error.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
