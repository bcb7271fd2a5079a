import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lamb):
    # Unfold the X and Theta matrices from params
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    predictions = X.dot(Theta.T)
    error = (predictions - Y) * R

    J = 0.5 * np.sum(error ** 2)
    J = J + lamb * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error.dot(Theta) + lamb * X
    Theta_grad = (predictions - Y).T.dot(X) + lamb * Theta

    grad = np.concatenate([X_grad.flatten('F'), Theta_grad.flatten('F')])
    return J, grad
