import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    """Collaborative filtering cost function (ex8), np.matrix version."""
    params = np.asarray(params).ravel()
    X = np.matrix(np.reshape(params[:num_movies * num_features],
                             (num_movies, num_features), order='F'))
    Theta = np.matrix(np.reshape(params[num_movies * num_features:],
                                 (num_users, num_features), order='F'))
    Y = np.matrix(Y)
    R = np.matrix(R)

    diff = X * Theta.T - Y

    # only count the movies the user has rated
    J = 0.5 * np.sum(np.power(np.multiply(diff, R), 2))
    J = J + (Lambda / 2.0) * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    X_grad = diff * Theta + Lambda * X
    Theta_grad = diff.T * X + Lambda * Theta

    grad = np.concatenate((np.asarray(X_grad).flatten(order='F'),
                           np.asarray(Theta_grad).flatten(order='F')))
    return J, grad
