import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    err = X @ Theta.T - Y

    # only the rated movies count
    J = 0.5 * np.sum((err * R) ** 2)
    J = J + lmbda / 2 * np.sum(Theta ** 2) + lmbda / 2 * np.sum(X ** 2)

    X_grad = err @ Theta + lmbda * X
    Theta_grad = (err * R).T @ X

    grad = np.hstack((X_grad.flatten('F'), Theta_grad.flatten('F')))
    return J, grad
