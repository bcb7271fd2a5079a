#!/usr/bin/env python
# coding: utf-8

# ## Linear regression with one variable

# In[1]:


import numpy as np


# In[5]:


def compute_cost(X, y, theta):
    m = y.size
    predictions = X.dot(theta)
    sq_errors = (predictions - y) ** 2
    J = np.sum(sq_errors) / 2 * m
    return J


# In[6]:


# X = np.c_[np.ones(data.shape[0]), data[:, 0]]
# compute_cost(X, y, np.zeros(2))   # expected 32.07
