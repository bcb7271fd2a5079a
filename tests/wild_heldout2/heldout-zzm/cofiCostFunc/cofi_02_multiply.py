import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambd):
    # params = [X(:); Theta(:)] from octave, so fill column by column
    X = params[:num_movies * num_features].reshape(num_features, num_movies).T
    Theta = params[num_movies * num_features:].reshape(num_features, num_users).T

    predictions = X.dot(Theta.T)
    diff = predictions - Y

    J = 0.5 * np.sum(np.power(np.multiply(diff, R), 2))
    J = J + (lambd / 2.0) * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    X_grad = diff.dot(Theta) + lambd * X
    Theta_grad = np.multiply(diff, R).T.dot(X)

    grad = np.concatenate((X_grad.T.flatten(), Theta_grad.T.flatten()))
    return J, grad
