#!/usr/bin/env python
# coding: utf-8

# ## Recommender Systems - collaborative filtering cost

# In[3]:


import numpy as np


# In[14]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    """
    Collaborative filtering cost function.

    params : X and Theta unrolled column by column (as in the .m file)
    Y, R   : (num_movies x num_users)
    returns J, grad (grad unrolled like params)
    """
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    err = (np.dot(X, Theta.T) - Y) * R

    J = 0.5 * np.sum(err ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = np.dot(err, Theta) + lambda_ * X
    Theta_grad = np.dot(err.T, X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad


# In[15]:


# J, grad = cofiCostFunc(np.concatenate([X.ravel(order='F'), Theta.ravel(order='F')]),
#                        Y, R, num_users, num_movies, num_features, 1.5)
