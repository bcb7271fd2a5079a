import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmd):
    X = np.reshape(params[0:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features))

    err = (np.dot(X, Theta.T) - Y) * R
    cost = 0.5 * np.sum(err ** 2) + (lmd / 2) * np.sum(Theta ** 2) + (lmd / 2) * np.sum(X ** 2)

    X_grad = np.dot(err, Theta) + lmd * X
    Theta_grad = np.dot(err.T, X) + lmd * Theta

    grad = np.hstack((X_grad.flatten('F'), Theta_grad.flatten('F')))
    return cost, grad
