#!/usr/bin/env python
# coding: utf-8

# ## 2 Recommender Systems
# ### 2.2.1 / 2.2.2 Collaborative filtering cost function and gradient

# In[4]:


import numpy as np


# In[9]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    # unfold X and Theta -- params was built with X.ravel('F') like octave's X(:)
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    diff = (X.dot(Theta.T) - Y) * R

    J = 0.5 * np.sum(diff ** 2) + (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = diff.dot(Theta) + lambda_ * X
    Theta_grad = diff.T.dot(X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad


# In[10]:


# J, grad = cofiCostFunc(params, Y, R, num_users, num_movies, num_features, 1.5)
# print('Cost at loaded parameters (lambda = 1.5): %.2f (this value should be about 31.34)' % J)
