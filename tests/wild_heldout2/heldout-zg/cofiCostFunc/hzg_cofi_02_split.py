import numpy as np


def unroll(X, Theta):
    return np.concatenate((X.flatten(), Theta.flatten()))


def roll(params, num_users, num_movies, num_features):
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)
    return X, Theta


def cofi_cost(params, Y, R, num_users, num_movies, num_features, reg):
    """Collaborative filtering cost. params = unroll(X, Theta)."""
    X, Theta = roll(params, num_users, num_movies, num_features)
    diff = np.multiply(X @ Theta.T - Y, R)
    return np.sum(diff ** 2) / 2 + reg / 2 * (np.sum(X ** 2) + np.sum(Theta ** 2))


def cofi_grad(params, Y, R, num_users, num_movies, num_features, reg):
    """Gradient of cofi_cost, unrolled the same way as params."""
    X, Theta = roll(params, num_users, num_movies, num_features)
    diff = np.multiply(X @ Theta.T - Y, R)
    X_grad = diff @ Theta + reg * X
    Theta_grad = diff.T @ X + reg * Theta
    return unroll(X_grad, Theta_grad)


# usage with scipy:
# res = minimize(cofi_cost, unroll(X, Theta), jac=cofi_grad, method='CG',
#                args=(Y, R, num_users, num_movies, num_features, 10))
