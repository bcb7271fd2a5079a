# Scientific and vector computation for python
import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """
    Collaborative filtering cost function.

    Parameters
    ----------
    params : array_like
        The movie features X and the user parameters Theta, unrolled in
        column-major (Fortran) order, the way Octave's X(:) does it.
    Y : array_like
        (num_movies x num_users) matrix of ratings.
    R : array_like
        (num_movies x num_users) matrix, R[i, j] = 1 if movie i was rated by user j.
    num_users, num_movies, num_features : int
    lambda_ : float, optional
        Regularisation parameter.

    Returns
    -------
    J : float
    grad : ndarray
        Gradient, unrolled like params.
    """
    params = np.ravel(params)
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    # error only on the rated entries
    E = (np.dot(X, Theta.T) - Y) * R

    J = 0.5 * np.sum(E ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = np.dot(E, Theta) + lambda_ * X
    Theta_grad = np.dot(E.T, X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
