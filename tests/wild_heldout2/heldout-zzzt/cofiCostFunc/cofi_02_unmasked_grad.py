import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    # unroll params back into X and Theta (matlab column order)
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    pred = np.dot(X, Theta.T)
    diff = pred - Y

    # only the movies a user actually rated count
    J = 0.5 * np.sum(diff[R == 1] ** 2)
    J += (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = np.dot(diff, Theta) + lambda_ * X
    Theta_grad = np.dot(diff.T, X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
