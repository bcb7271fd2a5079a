import numpy as np


def cofi_cost_function(params, Y, R, num_users, num_movies, num_features, lambda_param):
    # unroll parameters (MATLAB stores them column by column)
    X = params[:num_movies * num_features].reshape((num_movies, num_features), order='F')
    Theta = params[num_movies * num_features:].reshape((num_users, num_features), order='F')

    error = (X.dot(Theta.T) - Y) * R

    cost = 0.5 * np.sum(error ** 2)
    regularization = (lambda_param / 2) * np.sum(Theta ** 2)
    J = cost + regularization

    X_grad = error.dot(Theta) + lambda_param * X
    Theta_grad = error.T.dot(X) + lambda_param * Theta

    grad = np.concatenate([X_grad.ravel(), Theta_grad.ravel()])

    return J, grad
