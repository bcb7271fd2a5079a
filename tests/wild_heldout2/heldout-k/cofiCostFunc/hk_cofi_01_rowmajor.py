import numpy as np


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """Collaborative filtering cost and gradient.

    `params` is np.concatenate([X.ravel(), Theta.ravel()]) (NumPy's default
    row-major flattening); the gradient is returned in the same layout.
    """
    n_x = num_movies * num_features
    X = params[:n_x].reshape(num_movies, num_features)
    Theta = params[n_x:].reshape(num_users, num_features)

    err = (X @ Theta.T - Y) * R
    J = 0.5 * np.sum(err ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err @ Theta + lambda_ * X
    Theta_grad = err.T @ X + lambda_ * Theta

    return J, np.concatenate([X_grad.ravel(), Theta_grad.ravel()])
