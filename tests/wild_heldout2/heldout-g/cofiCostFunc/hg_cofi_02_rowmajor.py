import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lmbda):
    # params = np.r_[X.flatten(), Theta.flatten()]  (numpy / row order)
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)

    diff = np.multiply(X.dot(Theta.T) - Y, R)
    J = np.sum(np.power(diff, 2)) / 2
    J += lmbda / 2 * np.sum(np.power(Theta, 2)) + lmbda / 2 * np.sum(np.power(X, 2))

    X_grad = diff.dot(Theta) + lmbda * X
    Theta_grad = diff.T.dot(X) + lmbda * Theta

    return J, np.r_[X_grad.flatten(), Theta_grad.flatten()]
