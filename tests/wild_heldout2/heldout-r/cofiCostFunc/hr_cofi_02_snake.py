import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_):
    """Collaborative filtering cost + gradient (ex8)."""
    X = params[:num_movies * num_features].reshape((num_movies, num_features), order='F')
    Theta = params[num_movies * num_features:].reshape((num_users, num_features), order='F')

    predictions = X @ Theta.T
    diff = predictions - Y

    # only the movies a user actually rated count
    J = 0.5 * np.sum((diff * R) ** 2)
    J += lambda_ / 2 * np.sum(Theta ** 2)
    J += lambda_ / 2 * np.sum(X ** 2)

    X_grad = diff @ Theta + lambda_ * X
    Theta_grad = diff.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.flatten(), Theta_grad.flatten()])
    return J, grad
