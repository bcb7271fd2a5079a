#!/usr/bin/env python
# coding: utf-8

# In[3]:


import math
import numpy as np


# In[4]:


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


# In[9]:


def costFunction(theta, X, y):
    y = y.flatten()
    m = len(y)
    n = len(theta)
    J = 0
    grad = np.zeros(n)
    for i in range(1, m):
        h = sigmoid(np.dot(X[i], theta))
        J += -y[i] * math.log(h) - (1 - y[i]) * math.log(1 - h)
        for j in range(n):
            grad[j] += (h - y[i]) * X[i, j]
    J = J / m
    grad = grad / m
    return float(J), grad
