#!/usr/bin/env python
# coding: utf-8

# # Exercise 8 - Recommender systems

# In[1]:


import numpy as np
import scipy.optimize as opt


# In[7]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_):
    # params = [X(:); Theta(:)] -> fortran order reshape
    X = params[:num_movies * num_features].reshape(num_features, num_movies).T
    Theta = params[num_movies * num_features:].reshape(num_features, num_users).T

    diff = (X.dot(Theta.T) - Y) * R

    J = 0.5 * np.sum(diff ** 2)
    J = J + lambda_ / 2 * np.sum(Theta ** 2) + lambda_ / 2 * np.sum(X ** 2)

    X_grad = diff.dot(Theta) + lambda_ * X
    Theta_grad = diff.T.dot(X) + lambda_ * Theta

    grad = np.concatenate([X_grad.T.ravel(), Theta_grad.T.ravel()])
    return J, grad


# In[8]:


# J, grad = cofiCostFunc(np.r_[X.ravel(order='F'), Theta.ravel(order='F')],
#                        Y, R, num_users, num_movies, num_features, 1.5)
# print('Cost at loaded parameters (lambda = 1.5):', J)
