import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    pred = X @ Theta.T
    J = np.sum(((pred - Y) * R) ** 2) / 2
    J += lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    diff = pred - Y
    X_grad = diff @ Theta + lambda_ * X
    Theta_grad = diff.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
