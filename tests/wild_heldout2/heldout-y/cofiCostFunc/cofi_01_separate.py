import numpy as np


def unpack(params, num_users, num_movies, num_features):
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)
    return X, Theta


def pack(X, Theta):
    return np.concatenate([X.ravel(), Theta.ravel()])


def cofi_cost(params, Y, R, num_users, num_movies, num_features, reg):
    X, Theta = unpack(params, num_users, num_movies, num_features)
    err = (X.dot(Theta.T) - Y) * R
    J = 0.5 * np.sum(err ** 2)
    J += reg / 2 * (np.sum(Theta ** 2) + np.sum(X ** 2))
    return J


def cofi_grad(params, Y, R, num_users, num_movies, num_features, reg):
    X, Theta = unpack(params, num_users, num_movies, num_features)
    err = (X.dot(Theta.T) - Y) * R
    X_grad = err.dot(Theta) + reg * X
    Theta_grad = err.T.dot(X) + reg * Theta
    return pack(X_grad, Theta_grad)


# usage with scipy:
# res = minimize(cofi_cost, pack(X0, Theta0), jac=cofi_grad, method='CG',
#                args=(Ynorm, R, num_users, num_movies, num_features, 10))
