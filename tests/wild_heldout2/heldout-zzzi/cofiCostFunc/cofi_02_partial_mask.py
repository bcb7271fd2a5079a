import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lmbda):
    # unfold X and Theta (column order, like the .m file)
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    predictions = np.dot(X, Theta.T)
    diff = predictions - Y

    # cost only over rated movies
    J = (1 / 2) * np.sum(np.square(diff[R == 1]))
    J = J + (lmbda / 2) * np.sum(np.square(Theta)) + (lmbda / 2) * np.sum(np.square(X))

    # gradients
    X_grad = np.dot(diff, Theta) + lmbda * X
    Theta_grad = np.dot((diff * R).T, X)

    grad = np.concatenate((X_grad.flatten('F'), Theta_grad.flatten('F')))
    return J, grad
