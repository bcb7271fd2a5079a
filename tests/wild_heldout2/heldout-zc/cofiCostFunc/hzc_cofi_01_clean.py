"""Collaborative filtering cost function (ex8), NumPy version."""
import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0):
    """Return the regularized collaborative filtering cost and gradient.

    ``params`` is the column-major unrolling ``[X(:); Theta(:)]`` used by the
    Octave code, so ``X`` is rebuilt with ``order='F'`` and the gradient is
    unrolled the same way.

    Args:
        params: Flat parameter vector of length
            ``num_movies * num_features + num_users * num_features``.
        Y: Ratings, shape ``(num_movies, num_users)``.
        R: Indicator, ``R[i, j] = 1`` when movie i was rated by user j.
        num_users, num_movies, num_features: Problem sizes.
        lambda_: Regularization parameter.

    Returns:
        A tuple ``(J, grad)``.
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features
    X = params[:n_x].reshape((num_movies, num_features), order="F")
    Theta = params[n_x:].reshape((num_users, num_features), order="F")

    error = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(error ** 2)
    J += (lambda_ / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error @ Theta + lambda_ * X
    Theta_grad = error.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
