#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[5]:


def computeCostMulti(X, y, theta):
    # Initialize some useful values
    m = np.size(X, 1)  # number of training examples

    error = np.dot(X, theta) - y
    J = np.dot(error.T, error) / (2 * m)

    return J
