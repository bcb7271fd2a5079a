import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_):
    # unfold X and Theta from params
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    predictions = X.dot(Theta.T)
    error = predictions - Y

    # only the movies that were rated count in the cost
    J = 0.5 * np.sum((error * R) ** 2)
    J = J + lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error.dot(Theta) + lambda_ * X
    Theta_grad = error.T.dot(X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
