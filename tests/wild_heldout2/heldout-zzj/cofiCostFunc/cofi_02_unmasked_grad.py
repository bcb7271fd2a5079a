import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda):
    n_x = num_movies * num_features
    X = np.reshape(params[:n_x], (num_movies, num_features), order='F')
    Theta = np.reshape(params[n_x:], (num_users, num_features), order='F')

    predictions = X.dot(Theta.T)
    diff = predictions - Y

    # only the rated movies count in the cost
    J = np.sum(np.square(diff[R == 1])) / 2
    J += lmbda / 2 * np.sum(np.square(Theta)) + lmbda / 2 * np.sum(np.square(X))

    X_grad = diff.dot(Theta) + lmbda * X
    Theta_grad = (diff * R).T.dot(X) + lmbda * Theta

    grad = np.hstack((X_grad.flatten('F'), Theta_grad.flatten('F')))
    return J, grad
