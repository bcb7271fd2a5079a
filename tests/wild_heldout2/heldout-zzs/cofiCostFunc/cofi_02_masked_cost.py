import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    predictions = X.dot(Theta.T)

    # only the rated movies count in the cost
    rated = R == 1
    J = np.sum((predictions[rated] - Y[rated]) ** 2) / 2
    J += lmbda / 2 * np.sum(Theta ** 2) + lmbda / 2 * np.sum(X ** 2)

    diff = predictions - Y
    X_grad = diff.dot(Theta) + lmbda * X
    Theta_grad = diff.T.dot(X) + lmbda * Theta

    grad = np.hstack((X_grad.flatten('F'), Theta_grad.flatten('F')))
    return J, grad
