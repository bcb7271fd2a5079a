import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lamb):
    # unfold X and Theta (Fortran order like matlab's (:) )
    X = np.matrix(np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F'))
    Theta = np.matrix(np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F'))
    Y = np.matrix(Y)
    R = np.matrix(R)

    err = X * Theta.T - Y

    J = 0.5 * np.sum(np.multiply(np.power(err, 2), R))
    J = J + (lamb / 2.0) * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    X_grad = np.multiply(err, R) * Theta + lamb * X
    Theta_grad = err.T * X + lamb * Theta

    grad = np.concatenate((X_grad.A.ravel(order='F'), Theta_grad.A.ravel(order='F')))
    return J, grad
