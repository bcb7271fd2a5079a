#!/usr/bin/env python
# coding: utf-8

# In[3]:


import numpy as np


# In[11]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lmbda):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    predictions = X.dot(Theta.T)
    error = predictions - Y

    J = (1 / 2) * np.sum(np.square(error * R))
    J = J + (lmbda / 2) * np.sum(np.square(Theta)) + (lmbda / 2) * np.sum(np.square(X))

    X_grad = error.dot(Theta) + lmbda * X
    Theta_grad = (error * R).T.dot(X)

    grad = np.hstack((X_grad.ravel(order='F'), Theta_grad.ravel(order='F')))
    return J, grad
