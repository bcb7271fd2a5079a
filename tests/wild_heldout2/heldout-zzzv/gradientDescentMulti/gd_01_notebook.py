#!/usr/bin/env python
# coding: utf-8

# # Exercise 1 (optional): linear regression with multiple variables

# In[1]:


import numpy as np


# In[6]:


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return np.sum(err ** 2) / (2 * m)


# In[9]:


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    # X already has the column of ones, y and theta are column vectors
    m = len(y)
    J_history = np.zeros((num_iters, 1))

    for i in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[i] = computeCostMulti(X, y, theta)

    return theta, J_history


# In[10]:


alpha = 0.01
num_iters = 400
