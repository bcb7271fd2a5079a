import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """Collaborative filtering cost and gradient.

    params holds X (num_movies x num_features) followed by Theta
    (num_users x num_features), both unrolled column-wise like MATLAB's X(:).
    """
    params = np.asarray(params).ravel()
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    err = (X.dot(Theta.T) - Y) * R

    J = 0.5 * np.sum(err ** 2) + (lambda_ / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err.dot(Theta) + lambda_ * X
    Theta_grad = err.T.dot(X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
