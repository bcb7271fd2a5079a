import numpy as np


def unroll(X, Theta):
    return np.concatenate([X.ravel(), Theta.ravel()])


def roll(params, num_users, num_movies, num_features):
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)
    return X, Theta


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """Collaborative filtering cost and gradient.

    params is built with unroll(X, Theta) (numpy's default row order), and the
    gradient comes back packed the same way, so it can go straight to
    scipy.optimize.minimize(..., jac=True).
    """
    X, Theta = roll(params, num_users, num_movies, num_features)

    err = (X.dot(Theta.T) - Y) * R

    J = 0.5 * np.sum(err ** 2)
    J += (lambda_ / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err.dot(Theta) + lambda_ * X
    Theta_grad = err.T.dot(X) + lambda_ * Theta

    return J, unroll(X_grad, Theta_grad)
