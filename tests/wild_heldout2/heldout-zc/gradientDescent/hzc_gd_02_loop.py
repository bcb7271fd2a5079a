#!/usr/bin/env python
# coding: utf-8

# # ex1 - linear regression with one variable

# In[5]:


import numpy as np


# In[6]:


def computeCost(X, y, theta):
    m = len(y)
    J = np.sum(np.square(X.dot(theta) - y)) / m
    return J


# In[11]:


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))
    theta = np.copy(theta).astype(float)

    for it in range(num_iters):
        for j in range(len(theta)):
            theta[j] = theta[j] - alpha * (1 / m) * np.sum((X.dot(theta) - y) * X[:, [j]])
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history
