# In[1]:

import numpy as np


# In[7]:

def serialize(X, Theta):
    """Pack the movie features and user parameters into one flat vector."""
    return np.concatenate((X.ravel(), Theta.ravel()))


def deserialize(params, num_users, num_movies, num_features):
    X = params[:num_movies * num_features].reshape(num_movies, num_features)
    Theta = params[num_movies * num_features:].reshape(num_users, num_features)
    return X, Theta


# In[8]:

def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lmbda):
    """Collaborative filtering cost and gradient.

    params is serialize(X, Theta) (numpy row order); the gradient comes back
    packed the same way.
    """
    X, Theta = deserialize(params, num_users, num_movies, num_features)

    err = (X.dot(Theta.T) - Y) * R

    J = 0.5 * np.sum(err ** 2)
    J += lmbda / 2.0 * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err.dot(Theta) + lmbda * X
    Theta_grad = err.T.dot(X) + lmbda * Theta

    return J, serialize(X_grad, Theta_grad)
