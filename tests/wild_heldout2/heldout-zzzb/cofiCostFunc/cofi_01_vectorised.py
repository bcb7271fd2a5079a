import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """
    Collaborative filtering cost function.

    Parameters
    ----------
    params : array_like
        Movie features X and user parameters Theta unrolled column-wise
        (MATLAB order), i.e. np.concatenate([X.ravel('F'), Theta.ravel('F')]).
    Y : array_like
        (num_movies x num_users) ratings.
    R : array_like
        (num_movies x num_users) indicator, R[i, j] = 1 if movie i was rated by user j.
    num_users, num_movies, num_features : int
    lambda_ : float
        Regularization parameter.

    Returns
    -------
    J : float
    grad : array_like, shape (num_movies*num_features + num_users*num_features,)
    """
    params = np.ravel(params)
    n_x = num_movies * num_features
    X = params[:n_x].reshape(num_movies, num_features, order='F')
    Theta = params[n_x:].reshape(num_users, num_features, order='F')

    # errors only on the rated entries
    E = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(E ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = E @ Theta + lambda_ * X
    Theta_grad = E.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
