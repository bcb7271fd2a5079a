import numpy as np


def serialize(X, Theta):
    # unroll the two parameter matrices into one flat vector
    return np.concatenate((X.flatten(), Theta.flatten()))


def deserialize(params, num_users, num_movies, num_features):
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)
    return X, Theta


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lmbda):
    X, Theta = deserialize(params, num_users, num_movies, num_features)

    error = np.multiply(np.dot(X, Theta.T) - Y, R)
    J = np.sum(np.square(error)) / 2
    J = J + (lmbda / 2) * np.sum(np.square(Theta)) + (lmbda / 2) * np.sum(np.square(X))

    X_grad = np.dot(error, Theta) + lmbda * X
    Theta_grad = np.dot(error.T, X) + lmbda * Theta

    return J, serialize(X_grad, Theta_grad)
