import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, reg):
    """Collaborative filtering cost.

    params is np.concatenate([X.ravel(), Theta.ravel()]) (plain numpy flatten),
    returns the cost and the two gradient matrices separately.
    """
    nx = num_movies * num_features
    X = params[:nx].reshape(num_movies, num_features)
    Theta = params[nx:].reshape(num_users, num_features)

    err = (X.dot(Theta.T) - Y) * R      # only rated movies count

    J = 0.5 * np.sum(err ** 2)
    J += (reg / 2.) * np.sum(Theta ** 2) + (reg / 2.) * np.sum(X ** 2)

    X_grad = err.dot(Theta) + reg * X
    Theta_grad = err.T.dot(X) + reg * Theta

    return J, X_grad, Theta_grad
