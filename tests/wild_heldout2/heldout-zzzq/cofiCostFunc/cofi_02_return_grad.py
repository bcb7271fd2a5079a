import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lmbda, return_grad=True):
    # unfold params
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    pred = X.dot(Theta.T)
    err = pred - Y

    J = 0.5 * np.sum((err * R) ** 2)
    J += (lmbda / 2.) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    if not return_grad:
        return J

    X_grad = (err * R).dot(Theta) + lmbda * X
    Theta_grad = err.T.dot(X)

    grad = np.concatenate((X_grad.flatten('F'), Theta_grad.flatten('F')))
    return J, grad
