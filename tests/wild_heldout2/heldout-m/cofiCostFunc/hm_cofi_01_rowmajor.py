import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, l):
    '''
    Collaborative filtering cost and gradient.
    params = np.concatenate((X.flatten(), Theta.flatten()))
    grad is unrolled the same way.
    '''
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)

    err = (X.dot(Theta.T) - Y) * R
    J = 0.5 * np.sum(err ** 2) + l / 2 * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err.dot(Theta) + l * X
    Theta_grad = err.T.dot(X) + l * Theta

    grad = np.concatenate((X_grad.flatten(), Theta_grad.flatten()))
    return J, grad
