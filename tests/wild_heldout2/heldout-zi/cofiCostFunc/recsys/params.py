import numpy as np


def unroll_params(X, Theta):
    """Stack X and Theta into one vector, column by column (same as [X(:); Theta(:)])."""
    return np.concatenate([X.flatten(order='F'), Theta.flatten(order='F')])


def roll_params(params, num_users, num_movies, num_features):
    """Inverse of unroll_params."""
    params = np.asarray(params).flatten()
    split = num_movies * num_features
    X = params[:split].reshape((num_movies, num_features), order='F')
    Theta = params[split:].reshape((num_users, num_features), order='F')
    return X, Theta
