import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_):
    """Collaborative filtering cost function and gradient (np.matrix version)."""
    params = np.asarray(params).flatten()
    X = np.matrix(params[:num_movies * num_features].reshape(num_movies, num_features, order='F'))
    Theta = np.matrix(params[num_movies * num_features:].reshape(num_users, num_features, order='F'))
    Y = np.matrix(Y)
    R = np.matrix(R)

    err = np.multiply(X * Theta.T - Y, R)

    J = 0.5 * np.sum(np.power(err, 2))
    J = J + (lambda_ / 2.0) * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    X_grad = err * Theta + lambda_ * X
    Theta_grad = err.T * X + lambda_ * Theta

    grad = np.concatenate((X_grad.T.A1, Theta_grad.T.A1))
    return J, grad
