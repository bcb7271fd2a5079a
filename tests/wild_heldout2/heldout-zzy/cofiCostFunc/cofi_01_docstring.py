# Scientific and vector computation for python
import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """
    Collaborative filtering cost function.

    Parameters
    ----------
    params : array_like
        1-D vector [X(:); Theta(:)] unrolled in column-major (Fortran) order.
    Y : array_like
        (num_movies x num_users) matrix of ratings.
    R : array_like
        (num_movies x num_users) indicator, R[i, j] = 1 if movie i was rated by user j.
    num_users, num_movies, num_features : int
    lambda_ : float, optional
        Regularization parameter.

    Returns
    -------
    J : float
    grad : array_like
        1-D vector [X_grad(:); Theta_grad(:)], same layout as params.
    """
    params = np.asarray(params).ravel()
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    err = (np.dot(X, Theta.T) - Y) * R

    J = 0.5 * np.sum(err ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = np.dot(err, Theta) + lambda_ * X
    Theta_grad = np.dot(err.T, X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
