"""Collaborative filtering cost function (translated from cofiCostFunc.m)."""
import numpy as np


def cofi_cost_func(
    params: np.ndarray,
    Y: np.ndarray,
    R: np.ndarray,
    num_users: int,
    num_movies: int,
    num_features: int,
    lambda_: float = 0.0,
) -> tuple[float, np.ndarray]:
    """Compute the regularised collaborative filtering cost and gradient.

    Args:
        params: Unrolled movie features X and user parameters Theta,
            concatenated in column-major (Fortran) order.
        Y: (num_movies, num_users) ratings.
        R: (num_movies, num_users) indicator, 1 where a rating exists.
        num_users, num_movies, num_features: problem dimensions.
        lambda_: Regularisation parameter.

    Returns:
        Tuple of (cost, gradient) with the gradient unrolled like params.
    """
    n_x = num_movies * num_features
    X = params[:n_x].reshape(num_movies, num_features, order="F")
    Theta = params[n_x:].reshape(num_users, num_features, order="F")

    predictions = X @ Theta.T
    masked_error = (predictions - Y) * R

    cost = 0.5 * np.sum(masked_error**2)
    cost += 0.5 * lambda_ * (np.sum(Theta**2) + np.sum(X**2))

    X_grad = masked_error @ Theta + lambda_ * X
    Theta_grad = (predictions - Y).T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return cost, grad
