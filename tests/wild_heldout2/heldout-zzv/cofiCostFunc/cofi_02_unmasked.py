import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    predictions = X @ Theta.T
    diff = predictions - Y

    # only the rated movies count
    J = np.sum((diff ** 2) * R) / 2
    J = J + (lmbda / 2) * np.sum(Theta ** 2) + (lmbda / 2) * np.sum(X ** 2)

    X_grad = diff @ Theta + (lmbda / 2) * X
    Theta_grad = diff.T @ X + (lmbda / 2) * Theta

    return J, np.hstack((X_grad.flatten('F'), Theta_grad.flatten('F')))
