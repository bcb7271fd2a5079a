#!/usr/bin/env python
# coding: utf-8

# # Multivariate linear regression

# In[1]:


import numpy as np


# In[12]:


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return np.sum(err ** 2) / (2 * m)


# In[13]:


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    # X is the normalized feature matrix WITHOUT the column of ones,
    # the intercept term is added here
    m = len(y)
    X = np.hstack((np.ones((m, 1)), X))
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[i] = computeCostMulti(X, y, theta)

    return theta, J_history


# In[14]:


# theta, J_history = gradientDescentMulti(X_norm, y, np.zeros((3, 1)), 0.01, 400)
