#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Collaborative filtering cost

# In[1]:


import numpy as np


# In[5]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_):
    # unfold the parameters (column-major, like Octave)
    X = params[:num_movies * num_features].reshape((num_movies, num_features), order='F')
    Theta = params[num_movies * num_features:].reshape((num_users, num_features), order='F')

    error = (X.dot(Theta.T) - Y) * R

    J = 0.5 * np.sum(error ** 2)
    J += (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = error.dot(Theta) + lambda_ * X
    Theta_grad = error.T.dot(X) + lambda_ * Theta

    grad = np.concatenate((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
    return J, grad


# In[6]:


# J, grad = cofiCostFunc(params, Y, R, num_users, num_movies, num_features, 1.5)
# print('Cost at loaded parameters (lambda = 1.5): %f' % J)
