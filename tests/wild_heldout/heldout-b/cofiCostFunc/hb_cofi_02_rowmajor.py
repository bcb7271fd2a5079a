import numpy as np


def unpack_params(params, n_movies, n_users, n_features):
    """split the flat parameter vector into the movie matrix and the user matrix"""
    X = params[:n_movies * n_features].reshape(n_movies, n_features)
    Theta = params[n_movies * n_features:].reshape(n_users, n_features)
    return X, Theta


def pack_params(X, Theta):
    return np.concatenate((X.flatten(), Theta.flatten()))


def cofi_cost(params, Y, R, n_users, n_movies, n_features, reg):
    X, Theta = unpack_params(params, n_movies, n_users, n_features)
    diff = np.multiply(X.dot(Theta.T) - Y, R)
    J = 0.5 * np.sum(np.square(diff))
    J += 0.5 * reg * np.sum(np.square(Theta))
    J += 0.5 * reg * np.sum(np.square(X))
    return J


def cofi_gradient(params, Y, R, n_users, n_movies, n_features, reg):
    X, Theta = unpack_params(params, n_movies, n_users, n_features)
    diff = np.multiply(X.dot(Theta.T) - Y, R)
    X_grad = diff.dot(Theta) + reg * X
    Theta_grad = diff.T.dot(X) + reg * Theta
    return pack_params(X_grad, Theta_grad)


# usage:
#   params0 = pack_params(X_init, Theta_init)
#   res = scipy.optimize.minimize(cofi_cost, params0, jac=cofi_gradient,
#                                 args=(Y, R, n_users, n_movies, n_features, 10),
#                                 method='CG')
#   X, Theta = unpack_params(res.x, n_movies, n_users, n_features)
