import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambd):
    """
    Collaborative filtering cost function with regularization.
    Returns J and the unrolled gradient [X_grad(:); Theta_grad(:)].
    """
    nm_nf = num_movies * num_features

    X = np.reshape(params[:nm_nf], (num_movies, num_features), order='F')
    Theta = np.reshape(params[nm_nf:], (num_users, num_features), order='F')

    # predicted ratings, keep only the rated entries
    pred = np.multiply(np.dot(X, Theta.T), R)
    diff = pred - Y

    J = 0.5 * np.sum(np.square(diff))
    J = J + (lambd / 2) * np.sum(np.square(Theta)) + (lambd / 2) * np.sum(np.square(X))

    X_grad = np.dot(diff, Theta) + lambd * X
    Theta_grad = np.dot(diff.T, X) + lambd * Theta

    grad = np.concatenate((X_grad.flatten(order='F'), Theta_grad.flatten(order='F')))
    return J, grad
