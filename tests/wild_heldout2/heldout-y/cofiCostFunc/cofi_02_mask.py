import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    # Unfold the X and Theta matrices from params
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    # only keep the predictions for movies that were rated
    pred = np.dot(X, Theta.T) * R
    diff = pred - Y

    J = np.sum(diff ** 2) / 2
    J = J + (Lambda / 2) * np.sum(Theta ** 2) + (Lambda / 2) * np.sum(X ** 2)

    X_grad = np.dot(diff, Theta) + Lambda * X
    Theta_grad = np.dot(diff.T, X)

    grad = np.hstack((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
    return J, grad
