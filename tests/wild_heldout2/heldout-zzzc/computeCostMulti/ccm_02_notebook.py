#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# ## Part 2: Gradient descent (multiple variables)

# In[7]:


def compute_cost_multi(X, y, theta):
    """J = 1/(2m) * sum((X theta - y)^2)"""
    theta = theta.flatten()
    m = X.shape[0]
    h = X @ theta
    return np.sum((h - y) ** 2) / (2 * m)


# In[8]:


# compute_cost_multi(X_norm, y, np.zeros((3, 1)))
