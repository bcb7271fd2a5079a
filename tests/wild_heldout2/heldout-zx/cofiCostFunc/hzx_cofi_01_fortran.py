import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """Collaborative filtering cost and gradient.

    params is [X(:); Theta(:)] as MATLAB unrolls it (column-major), so the
    reshapes below use order='F' and the gradient is unrolled the same way.
    """
    params = np.asarray(params).ravel()
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    err = (X @ Theta.T - Y) * R

    J = 0.5 * np.sum(err ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err @ Theta + lambda_ * X
    Theta_grad = err.T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
