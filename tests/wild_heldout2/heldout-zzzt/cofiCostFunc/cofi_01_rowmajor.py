'''
Collaborative filtering cost function (ex8)
'''

import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, l):
    '''
    returns the cost and gradient for the collaborative filtering problem.

    params = np.concatenate([X.flatten(), Theta.flatten()])
    (numpy row order); grad comes back in the same layout.
    '''

    # Unfold the X and Theta matrices from params
    X = params[0:num_movies*num_features].reshape(num_movies, num_features)
    Theta = params[num_movies*num_features:].reshape(num_users, num_features)

    errors = (X.dot(Theta.T) - Y) * R
    J = 1 / 2 * (errors**2).sum() + l / 2 * ((Theta**2).sum() + (X**2).sum())

    X_grad = errors.dot(Theta) + l * X
    Theta_grad = errors.T.dot(X) + l * Theta

    grad = np.concatenate([X_grad.flatten(), Theta_grad.flatten()])
    return J, grad
