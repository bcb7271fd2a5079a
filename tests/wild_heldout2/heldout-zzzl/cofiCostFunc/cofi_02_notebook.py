#!/usr/bin/env python
# coding: utf-8

# ## 2 Recommender Systems

# In[11]:


import numpy as np


# In[12]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lmbda):
    # unfold X and Theta (params is column-major like in octave)
    X = params[:num_movies * num_features].reshape((num_features, num_movies)).T
    Theta = params[num_movies * num_features:].reshape((num_features, num_users)).T

    diff = np.multiply(X.dot(Theta.T) - Y, R)

    J = np.sum(np.square(diff)) / 2
    J = J + lmbda / 2 * (np.trace(Theta.T.dot(Theta)) + np.trace(X.dot(X)))

    X_grad = diff.dot(Theta) + lmbda * X
    Theta_grad = diff.T.dot(X)

    grad = np.concatenate((X_grad.T.ravel(), Theta_grad.T.ravel()))
    return J, grad


# In[13]:


# J, grad = cofiCostFunc(params, Y, R, num_users, num_movies, num_features, 1.5)
# print('Cost at loaded parameters (lambda = 1.5): %f' % J)
