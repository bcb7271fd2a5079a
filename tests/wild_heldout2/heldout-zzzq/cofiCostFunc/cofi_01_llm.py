"""Collaborative filtering cost function (port of cofiCostFunc.m)."""
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
    """Return the regularized collaborative filtering cost and its gradient.

    Args:
        params: Unrolled vector containing X and Theta.
        Y: Ratings matrix, shape (num_movies, num_users).
        R: Indicator matrix, R[i, j] = 1 if movie i was rated by user j.
        num_users: Number of users.
        num_movies: Number of movies.
        num_features: Number of latent features.
        lambda_: Regularization parameter.

    Returns:
        J: Scalar cost.
        grad: Unrolled gradient [X_grad(:); Theta_grad(:)].
    """
    params = np.asarray(params, dtype=float).ravel()

    # Unfold the X and Theta matrices from params
    X = params[: num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features :].reshape(num_users, num_features)

    # Error only on rated entries
    E = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(E**2) + (lambda_ / 2) * (np.sum(Theta**2) + np.sum(X**2))

    X_grad = E @ Theta + lambda_ * X
    Theta_grad = E.T @ X + lambda_ * Theta

    # Unroll in column-major order, like MATLAB's (:)
    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return float(J), grad
