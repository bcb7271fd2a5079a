import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_):
    # Unfold the X and Theta matrices from params
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    pred = X.dot(Theta.T)
    err = (pred - Y) * R

    J = 0.5 * np.sum(err ** 2)
    J = J + lambda_ / 2 * np.sum(Theta ** 2) + lambda_ / 2 * np.sum(X ** 2)

    X_grad = err.dot(Theta)
    Theta_grad = (pred - Y).T.dot(X) + lambda_ * Theta

    grad = np.concatenate((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
    return J, grad
