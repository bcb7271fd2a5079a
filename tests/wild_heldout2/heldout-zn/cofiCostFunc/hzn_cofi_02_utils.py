import numpy as np

from utils.params import roll, unroll


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    X, Theta = roll(params, [(num_movies, num_features), (num_users, num_features)])

    # predictions only for the movies the user rated
    pred = X.dot(Theta.T) * R
    diff = pred - Y

    J = 0.5 * np.sum(diff ** 2)
    J = J + Lambda / 2 * np.sum(Theta ** 2) + Lambda / 2 * np.sum(X ** 2)

    X_grad = diff.dot(Theta) + Lambda * X
    Theta_grad = diff.T.dot(X) + Lambda * Theta

    return J, unroll(X_grad, Theta_grad)
