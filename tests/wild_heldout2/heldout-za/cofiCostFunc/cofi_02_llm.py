import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """Collaborative filtering cost and gradient.

    Parameters
    ----------
    params : ndarray
        Unrolled movie features X (num_movies x num_features) followed by user
        parameters Theta (num_users x num_features), both in column-major
        (MATLAB) order.
    Y : ndarray, shape (num_movies, num_users)
        Ratings.
    R : ndarray, shape (num_movies, num_users)
        R[i, j] = 1 if movie i was rated by user j.
    lambda_ : float
        Regularisation parameter.

    Returns
    -------
    J : float
    grad : ndarray, same length as params
    """
    params = np.asarray(params, dtype=float).ravel()
    n_x = num_movies * num_features
    X = params[:n_x].reshape((num_movies, num_features), order="F")
    Theta = params[n_x:].reshape((num_users, num_features), order="F")

    mask = np.asarray(R, dtype=bool)
    err = np.where(mask, X @ Theta.T - Y, 0.0)

    J = 0.5 * np.sum(err ** 2) + 0.5 * lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err @ Theta + lambda_ * X
    Theta_grad = err.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return J, grad
