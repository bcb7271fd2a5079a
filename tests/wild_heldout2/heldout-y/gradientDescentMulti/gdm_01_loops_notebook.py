#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[4]:


def computeCostMulti(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


# In[9]:


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy()

    for it in range(num_iters):
        for j in range(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, j].reshape(m, 1))
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history


# In[10]:


# alpha = 0.01
# num_iters = 400
# theta = np.zeros((3, 1))
# theta, J_history = gradientDescentMulti(X, y, theta, alpha, num_iters)
