"""Collaborative filtering cost (ex8), ported from cofiCostFunc.m."""
import numpy as np


def cofi_cost_func(params: np.ndarray, Y: np.ndarray, R: np.ndarray,
                   num_users: int, num_movies: int, num_features: int,
                   lambda_: float = 0.0) -> tuple[float, np.ndarray]:
    """Return the regularised collaborative-filtering cost and its gradient.

    ``params`` is ``[X(:); Theta(:)]`` unrolled column-major (Fortran order), the
    same layout ``fmincg`` uses in the Octave exercise.
    """
    params = np.asarray(params, dtype=float).reshape(-1)
    n_x = num_movies * num_features
    X = params[:n_x].reshape((num_movies, num_features), order="F")
    Theta = params[n_x:].reshape((num_users, num_features), order="F")

    # Only rated entries contribute; R is a 0/1 mask.
    E = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(E ** 2) + 0.5 * lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = E @ Theta + lambda_ * X
    Theta_grad = E.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return float(J), grad
