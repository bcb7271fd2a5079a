import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    # Unfold the X and Theta matrices from params (column-major like octave)
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    # predictions, kept only for the movies the user has rated
    pred = X.dot(Theta.T) * R
    diff = pred - Y

    J = 0.5 * np.sum(diff ** 2)
    J += (Lambda / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = diff.dot(Theta) + Lambda * X
    Theta_grad = diff.T.dot(X) + Lambda * Theta

    grad = np.concatenate((X_grad.flatten(order='F'), Theta_grad.flatten(order='F')))
    return J, grad
