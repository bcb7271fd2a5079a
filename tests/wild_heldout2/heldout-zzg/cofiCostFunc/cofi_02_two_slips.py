import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda):
    nm_nf = num_movies * num_features
    X = np.reshape(params[:nm_nf], (num_movies, num_features), order='F')
    Theta = np.reshape(params[nm_nf:], (num_users, num_features), order='F')

    predictions = X @ Theta.T
    diff = predictions - Y

    # squared error over rated movies only
    J = np.sum(R * diff ** 2) / 2
    J += lmbda * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = (diff * R) @ Theta + lmbda * X
    Theta_grad = diff.T @ X + lmbda * Theta

    grad = np.concatenate([X_grad.flatten(order='F'), Theta_grad.flatten(order='F')])
    return J, grad
