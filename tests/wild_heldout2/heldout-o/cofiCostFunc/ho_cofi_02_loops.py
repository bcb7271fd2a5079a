import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambd):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    # squared error only over the rated movies
    pred = np.dot(X, Theta.T)
    J = 0.5 * np.sum(R * (pred - Y) ** 2)
    J += (lambd / 2.0) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    err = pred - Y
    X_grad = np.dot(err, Theta) + lambd * X
    Theta_grad = np.dot(err.T, X)

    grad = np.hstack((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
    return J, grad
