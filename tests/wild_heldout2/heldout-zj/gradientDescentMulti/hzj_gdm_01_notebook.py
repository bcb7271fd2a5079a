#!/usr/bin/env python
# coding: utf-8

# # Exercise 1 - Linear regression with multiple variables

# In[1]:


import numpy as np


# In[5]:


def computeCostMulti(X, y, theta):
    m = y.shape[0]
    r = X.dot(theta) - y
    return r.T.dot(r)[0, 0] / (2 * m)


# In[6]:


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    # work with column vectors like in octave
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1)
    m = y.shape[0]
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history


# In[7]:


# alpha = 0.01
# num_iters = 400
# theta, J_history = gradientDescentMulti(X, y, np.zeros((3, 1)), alpha, num_iters)
