import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda):
    # unfold X and Theta (column-major, like Octave)
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    predictions = X.dot(Theta.T)
    err = predictions - Y

    # cost only counts rated movies
    J = 0.5 * np.sum((err * R) ** 2)
    J += lmbda * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err.dot(Theta) + lmbda * X
    Theta_grad = err.T.dot(X) + lmbda * Theta

    grad = np.hstack((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
    return J, grad
