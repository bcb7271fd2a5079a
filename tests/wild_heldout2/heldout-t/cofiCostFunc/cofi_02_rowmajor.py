import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda=0.0):
    """Collaborative filtering cost. params = np.concatenate([X.ravel(), Theta.ravel()])"""
    n = num_movies * num_features
    X = params[:n].reshape((num_movies, num_features))
    Theta = params[n:].reshape((num_users, num_features))

    E = np.multiply(X @ Theta.T - Y, R)
    J = np.sum(E ** 2) / 2 + (lmbda / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = E @ Theta + lmbda * X
    Theta_grad = E.T @ X + lmbda * Theta

    return J, np.concatenate([X_grad.ravel(), Theta_grad.ravel()])
