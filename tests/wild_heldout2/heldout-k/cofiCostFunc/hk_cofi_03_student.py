import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, l):
    # unfold X and Theta
    X = params[0:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)

    J = 0
    X_grad = np.zeros(X.shape)
    Theta_grad = np.zeros(Theta.shape)

    errors = (X.dot(Theta.T) - Y) * R
    J = 1 / 2 * (errors ** 2).sum() + l / 2 * ((Theta ** 2).sum() + (X ** 2).sum())

    X_grad = errors.dot(Theta) + l * X
    Theta_grad = errors.T.dot(X)

    grad = np.hstack((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
    return J, grad
