#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import scipy.io as sio


# ## 2.2.2 Collaborative filtering cost function

# In[14]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lamb):
    X = np.reshape(params[:num_movies*num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies*num_features:], (num_users, num_features), order='F')

    # only rated entries count: multiply the predictions by R
    diff = np.dot(X, Theta.T) * R - Y

    J = np.sum(diff**2) / 2
    J = J + lamb/2 * np.sum(Theta**2) + lamb/2 * np.sum(X**2)

    X_grad = np.dot(diff, Theta) + lamb*X
    Theta_grad = np.dot(diff.T, X) + lamb*Theta

    grad = np.concatenate((X_grad.flatten('F'), Theta_grad.flatten('F')))
    return J, grad


# In[15]:


# J, grad = cofiCostFunc(params, Y, R, num_users, num_movies, num_features, 1.5)
