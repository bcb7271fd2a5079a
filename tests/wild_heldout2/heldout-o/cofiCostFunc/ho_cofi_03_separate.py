import numpy as np


def unpack(params, n_movies, n_users, n_features):
    X = params[:n_movies * n_features].reshape(n_movies, n_features)
    Theta = params[n_movies * n_features:].reshape(n_users, n_features)
    return X, Theta


def cofi_cost(params, Y, R, n_users, n_movies, n_features, reg):
    X, Theta = unpack(params, n_movies, n_users, n_features)
    E = np.multiply(X @ Theta.T - Y, R)
    return 0.5 * np.sum(E ** 2) + 0.5 * reg * (np.sum(Theta ** 2) + np.sum(X ** 2))


def cofi_grad(params, Y, R, n_users, n_movies, n_features, reg):
    X, Theta = unpack(params, n_movies, n_users, n_features)
    E = np.multiply(X @ Theta.T - Y, R)
    X_grad = E @ Theta + reg * X
    Theta_grad = E.T @ X + reg * Theta
    return np.concatenate((X_grad.ravel(), Theta_grad.ravel()))


# fmin_cg(cofi_cost, x0, fprime=cofi_grad, args=(Y, R, n_users, n_movies, n_features, 10))
