# coding: utf-8

# In[1]:

import numpy as np


# In[9]:

def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    X = params[:num_movies * num_features].reshape(num_features, num_movies).T
    Theta = params[num_movies * num_features:].reshape(num_features, num_users).T

    pred = X @ Theta.T
    J = np.sum(np.square(pred[R == 1] - Y[R == 1])) / 2
    J = J + (lambda_ / 2) * (np.sum(np.square(Theta)) + np.sum(np.square(X)))

    X_grad = (pred - Y) @ Theta + lambda_ * X
    Theta_grad = (pred - Y).T @ X + lambda_ * Theta

    grad = np.concatenate([X_grad.T.ravel(), Theta_grad.T.ravel()])
    return J, grad


# In[10]:

# J, grad = cofiCostFunc(np.r_[X.ravel(order='F'), Theta.ravel(order='F')], Y, R, 4, 5, 3, 1.5)
