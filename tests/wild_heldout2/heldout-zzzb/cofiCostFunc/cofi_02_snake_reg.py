import numpy as np


def cofi_cost(params, Y, R, num_users, num_movies, num_features, reg):
    """Regularized collaborative filtering cost and gradient (ex8)."""
    n_x = num_movies * num_features
    X = np.reshape(params[:n_x], (num_movies, num_features), order='F')
    Theta = np.reshape(params[n_x:], (num_users, num_features), order='F')

    pred = X.dot(Theta.T)

    # cost: only movies the user has rated
    J = np.sum(R * (pred - Y) ** 2) / 2.0
    J += reg / 2.0 * np.sum(Theta ** 2) + reg / 2.0 * np.sum(X ** 2)

    # gradients
    diff = pred - Y
    X_grad = diff.dot(Theta) + reg * X
    Theta_grad = diff.T.dot(X) + reg * Theta

    grad = np.hstack((X_grad.flatten(order='F'), Theta_grad.flatten(order='F')))
    return J, grad
