#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 8 (part 2): Recommender Systems
# 
# Collaborative filtering on the movie ratings data set.

# In[1]:


import numpy as np
import scipy.optimize as opt


# ## 2.2 Collaborative filtering learning algorithm
# 
# params holds X and Theta unrolled (like X(:) and Theta(:) in Octave)

# In[9]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lmbda):
    X = np.reshape(params[:num_movies*num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies*num_features:], (num_users, num_features), order='F')

    # predictions, kept only for the movies the user actually rated
    pred = np.dot(X, Theta.T) * R
    diff = pred - Y

    J = np.sum(diff**2) / 2.
    J = J + (lmbda/2.) * np.sum(Theta**2) + (lmbda/2.) * np.sum(X**2)

    X_grad = np.dot(diff, Theta) + lmbda*X
    Theta_grad = np.dot(diff.T, X) + lmbda*Theta

    grad = np.concatenate((X_grad.flatten(order='F'), Theta_grad.flatten(order='F')))
    return J, grad


# In[10]:


# J, grad = cofiCostFunc(params, Y, R, num_users, num_movies, num_features, 1.5)
# print('Cost at loaded parameters (lambda = 1.5): %f' % J)


# In[11]:


def train(Y, R, num_features=10, lmbda=10., maxiter=100):
    num_movies, num_users = Y.shape
    init = np.random.randn(num_movies*num_features + num_users*num_features)
    res = opt.minimize(cofiCostFunc, init, jac=True, method='CG',
                       args=(Y, R, num_users, num_movies, num_features, lmbda),
                       options={'maxiter': maxiter})
    return res.x
