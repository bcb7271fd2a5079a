import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    params = np.matrix(params).reshape(-1, 1)
    Y = np.matrix(Y)
    R = np.matrix(R)

    nx = num_movies * num_features
    X = np.reshape(params[:nx], (num_movies, num_features), order='F')
    Theta = np.reshape(params[nx:], (num_users, num_features), order='F')

    # cost
    err = X * Theta.T - Y
    J = 0.5 * np.sum(np.multiply(np.power(err, 2), R))
    J = J + (Lambda / 2.0) * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    # gradients
    E = np.multiply(np.power(err, 2), R)
    X_grad = E * Theta + Lambda * X
    Theta_grad = E.T * X + Lambda * Theta

    grad = np.concatenate((X_grad.flatten('F'), Theta_grad.flatten('F')), axis=1)
    return J, grad.A1
