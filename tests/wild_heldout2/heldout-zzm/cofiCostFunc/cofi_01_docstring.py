"""Collaborative filtering cost function (ex8)."""
import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """Collaborative filtering cost and gradient.

    Parameters
    ----------
    params : ndarray
        X (num_movies x num_features) and Theta (num_users x num_features)
        unrolled column by column and concatenated, as in Octave.
    Y, R : ndarray
        (num_movies x num_users) ratings and rated-indicator matrices.
    lambda_ : float
        Regularisation strength.

    Returns
    -------
    J : float
    grad : ndarray, same layout as ``params``
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features
    X = params[:n_x].reshape(num_movies, num_features, order="F")
    Theta = params[n_x:].reshape(num_users, num_features, order="F")

    error = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(error ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error @ Theta + lambda_ * X
    Theta_grad = error.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
