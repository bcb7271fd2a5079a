#!/usr/bin/env python
# coding: utf-8

# ## Linear regression with one variable

# In[1]:


import numpy as np


# In[4]:


def computeCost(X, y, theta):
    m = y.size
    J = 1 / (2 * m) * np.sum(np.square(X @ theta - y))
    return J


# In[5]:


# Some gradient descent settings
iterations = 1500
alpha = 0.01


# In[6]:


def gradientDescent(X, y, theta, lr, iterations):
    m = y.size
    J_history = []
    for i in range(iterations):
        h = X @ theta
        theta = theta - (alpha / m) * (X.T @ (h - y))
        J_history.append(computeCost(X, y, theta))
    return theta, np.array(J_history)
