# Scientific and vector computation for python
import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """
    Collaborative filtering cost function.

    params is the column-major (Fortran order) concatenation of X
    (num_movies x num_features) and Theta (num_users x num_features), as
    produced by np.concatenate([X.ravel(order='F'), Theta.ravel(order='F')]).

    Returns
    -------
    J : float
    grad : ndarray, same layout as params
    """
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    # prediction error, only where a rating exists
    E = (np.dot(X, Theta.T) - Y) * R

    J = 0.5 * np.sum(E ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = np.dot(E, Theta) + lambda_ * X
    Theta_grad = np.dot(E.T, X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
