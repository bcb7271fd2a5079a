import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda):
    # unroll parameters
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    predictions = X @ Theta.T
    error = predictions - Y

    J = np.sum(np.square(error * R)) / 2
    J += (lmbda / 2) * np.sum(np.square(Theta)) + (lmbda / 2) * np.sum(np.square(X))

    X_grad = (error * R) @ Theta + lmbda * X
    Theta_grad = error.T @ X + lmbda * Theta

    grad = np.concatenate((X_grad.flatten(order='F'), Theta_grad.flatten(order='F')))
    return J, grad
