#!/usr/bin/env python
# coding: utf-8

# In[2]:


import numpy as np


# In[5]:


def computeCost(X, y, theta):
    m = len(y)
    h = X @ theta
    return 1 / (2 * m) * np.sum((h - y) ** 2)


# In[9]:


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = []

    for i in range(num_iters):
        J_history.append(computeCost(X, y, theta))
        h = X @ theta
        theta = theta - alpha * (1 / m) * (X.T @ (h - y))

    return theta, np.array(J_history)


# In[10]:


# theta, J_history = gradientDescent(X, y, np.zeros((2, 1)), 0.01, 1500)
# print(theta)
