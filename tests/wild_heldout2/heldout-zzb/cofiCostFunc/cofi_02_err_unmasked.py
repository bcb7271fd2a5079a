import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    # Unfold the X and Theta matrices from params
    X = np.reshape(params[:num_movies*num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies*num_features:], (num_users, num_features), order='F')

    # predictions minus actual ratings
    err = X.dot(Theta.T) - Y

    # cost only over the movies that were rated (R == 1)
    J = 0.5 * np.sum(np.square(err) * R)
    J += (Lambda / 2.0) * np.sum(np.square(Theta)) + (Lambda / 2.0) * np.sum(np.square(X))

    X_grad = err.dot(Theta) + Lambda * X
    Theta_grad = err.T.dot(X) + Lambda * Theta

    grad = np.hstack((X_grad.flatten(order='F'), Theta_grad.flatten(order='F')))
    return J, grad
