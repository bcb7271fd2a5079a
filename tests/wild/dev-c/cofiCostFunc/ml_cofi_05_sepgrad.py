import numpy as np


def unroll(params, num_users, num_movies, num_features):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')
    return X, Theta


def cofi_cost(params, Y, R, num_users, num_movies, num_features, lambd):
    X, Theta = unroll(params, num_users, num_movies, num_features)
    err = (X.dot(Theta.T) - Y) * R
    J = 0.5 * np.sum(err * err)
    J += 0.5 * lambd * (np.trace(Theta.T.dot(Theta)) + np.trace(X.T.dot(X)))
    return J


def cofi_gradient(params, Y, R, num_users, num_movies, num_features, lambd):
    X, Theta = unroll(params, num_users, num_movies, num_features)
    err = (X.dot(Theta.T) - Y) * R
    X_grad = err.dot(Theta) + lambd * X
    Theta_grad = err.T.dot(X)
    return np.concatenate((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
