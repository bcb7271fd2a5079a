import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    # Unfold the X and Theta matrices from params (column major like octave)
    X = np.matrix(np.reshape(params[:num_movies * num_features],
                             (num_movies, num_features), order='F'))
    Theta = np.matrix(np.reshape(params[num_movies * num_features:],
                                 (num_users, num_features), order='F'))

    # prediction error, only where a rating exists
    diff = np.multiply(X * Theta.T, R) - Y

    J = 0.5 * np.sum(np.power(diff, 2))
    J = J + (Lambda / 2.0) * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    X_grad = diff * Theta + Lambda * X
    Theta_grad = diff.T * X + Lambda * Theta

    grad = np.concatenate((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')), axis=1).A1
    return J, grad
