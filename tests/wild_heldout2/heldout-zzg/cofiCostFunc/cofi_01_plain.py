import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """Collaborative filtering cost function (ex8).

    params is [X(:); Theta(:)] as built in Octave (column-major unrolling).
    Returns J and the unrolled gradient [X_grad(:); Theta_grad(:)].
    """
    # unfold X and Theta (Fortran order to match Octave's reshape)
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    # error only on the movies that were rated
    err = (X.dot(Theta.T) - Y) * R

    J = 0.5 * np.sum(err ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err.dot(Theta) + lambda_ * X
    Theta_grad = err.T.dot(X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
