import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lamb):
    params = np.matrix(params).reshape(-1, 1)
    X = params[:num_movies * num_features].reshape(num_features, num_movies).T
    Theta = params[num_movies * num_features:].reshape(num_features, num_users).T
    Y = np.matrix(Y)
    R = np.matrix(R)

    pred = X * Theta.T
    err = np.multiply(pred - Y, R)

    J = 0.5 * np.sum(np.power(err, 2))
    J = J + (lamb / 2.0) * np.sum(np.power(Theta, 2)) + (lamb / 2.0) * np.sum(np.power(X, 2))

    X_grad = (pred - Y) * Theta + lamb * X
    Theta_grad = err.T * X + lamb * Theta

    grad = np.concatenate((X_grad.T.A1, Theta_grad.T.A1))
    return J, grad
