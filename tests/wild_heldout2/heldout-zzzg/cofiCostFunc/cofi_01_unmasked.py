import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    # unfold X and Theta (column-major, same as the .m file)
    X = params[:num_movies * num_features].reshape((num_movies, num_features), order='F')
    Theta = params[num_movies * num_features:].reshape((num_users, num_features), order='F')

    pred = X.dot(Theta.T)
    err = pred - Y

    J = 0.5 * np.sum((err * R) ** 2)
    J = J + lambda_ * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err.dot(Theta) + lambda_ * X
    Theta_grad = (err * R).T.dot(X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
