import numpy as np

from recsys.params import roll_params, unroll_params


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda):
    X, Theta = roll_params(params, num_users, num_movies, num_features)

    # predictions only count for the movies the user actually rated
    predictions = X.dot(Theta.T) * R
    error = predictions - Y

    J = 0.5 * np.sum(error ** 2)
    J += (lmbda / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error.dot(Theta) + lmbda * X
    Theta_grad = error.T.dot(X) + lmbda * Theta

    return J, unroll_params(X_grad, Theta_grad)
