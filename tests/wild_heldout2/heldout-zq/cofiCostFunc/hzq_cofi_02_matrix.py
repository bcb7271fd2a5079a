import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    # unfold X and Theta
    X = np.matrix(np.reshape(params[:num_movies * num_features],
                             (num_movies, num_features), order='F'))
    Theta = np.matrix(np.reshape(params[num_movies * num_features:],
                                 (num_users, num_features), order='F'))
    Y = np.matrix(Y)
    R = np.matrix(R)

    err = np.multiply(X * Theta.T - Y, R)

    J = 0.5 * np.sum(np.power(err, 2))
    J = J + Lambda * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    X_grad = err * Theta + Lambda * X
    Theta_grad = err.T * X + Lambda * Theta

    grad = np.concatenate((X_grad.A1, Theta_grad.A1))
    return J, grad
