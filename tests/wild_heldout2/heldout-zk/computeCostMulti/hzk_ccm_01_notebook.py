#!/usr/bin/env python
# coding: utf-8

# ## Linear regression with multiple variables

# In[1]:


import numpy as np


# In[4]:


# X_raw = data[:, :2]  (size, bedrooms) -- normalised, WITHOUT the intercept column
# y = data[:, 2]


# In[9]:


def compute_cost_multi(X, y, theta):
    y = np.ravel(y)
    theta = np.ravel(theta)
    m = len(y)
    X = np.c_[np.ones(m), X]   # add intercept here
    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m)
    return J


# In[10]:


# compute_cost_multi(X_norm, y, np.zeros(3))
