import numpy as np


def unroll(X, Theta):
    return np.concatenate((X.flatten(), Theta.flatten()))


def roll(params, num_users, num_movies, num_features):
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)
    return X, Theta


def cofi_cost(params, Y, R, num_users, num_movies, num_features, lmbda):
    X, Theta = roll(params, num_users, num_movies, num_features)
    J = 0.5 * np.sum(((X.dot(Theta.T) - Y) * R) ** 2)
    J += lmbda / 2. * np.sum(Theta ** 2) + lmbda / 2. * np.sum(X ** 2)
    return J


def cofi_grad(params, Y, R, num_users, num_movies, num_features, lmbda):
    X, Theta = roll(params, num_users, num_movies, num_features)
    err = (X.dot(Theta.T) - Y) * R
    X_grad = err.dot(Theta) + lmbda * X
    Theta_grad = err.T.dot(X) + lmbda * Theta
    return unroll(X_grad, Theta_grad)
