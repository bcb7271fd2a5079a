import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, reg):
    # unfold X and Theta
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    # predictions only for the movies that were rated
    pred = np.multiply(X.dot(Theta.T), R)
    diff = pred - Y

    J = np.sum(np.square(diff)) / 2
    J += reg / 2 * np.sum(np.square(Theta)) + reg / 2 * np.sum(np.square(X))

    X_grad = diff.dot(Theta) + reg * X
    Theta_grad = diff.T.dot(X) + reg * Theta

    grad = np.hstack((X_grad.flatten('F'), Theta_grad.flatten('F')))
    return J, grad
