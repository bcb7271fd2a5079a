import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    # Unfold the U and W matrices from params
    X = np.reshape(params[0:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    diff = np.multiply(np.dot(X, Theta.T) - Y, R)

    J = np.sum(diff ** 2) / 2.0
    J = J + (lambda_ / 2.0) * np.sum(Theta ** 2) + (lambda_ / 2.0) * np.sum(X ** 2)

    X_grad = np.dot(diff, Theta) + lambda_ * X
    Theta_grad = np.dot(diff.T, X) + lambda_ * Theta

    grad = np.hstack((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
    return J, grad
