import numpy as np


def unroll(params, num_users, num_movies, num_features):
    """params = np.r_[X.flatten(), Theta.flatten()] (numpy order)."""
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)
    return X, Theta


def cofi_cost(params, Y, R, num_users, num_movies, num_features, lmbda):
    X, Theta = unroll(params, num_users, num_movies, num_features)
    err = (X.dot(Theta.T) - Y) * R
    J = 0.5 * np.sum(err ** 2)
    J += (lmbda / 2.) * (np.sum(Theta ** 2) + np.sum(X ** 2))
    return J


def cofi_grad(params, Y, R, num_users, num_movies, num_features, lmbda):
    X, Theta = unroll(params, num_users, num_movies, num_features)
    err = (X.dot(Theta.T) - Y) * R
    X_grad = err.dot(Theta) + lmbda * X
    Theta_grad = err.T.dot(X) + lmbda * Theta
    return np.r_[X_grad.flatten(), Theta_grad.flatten()]
