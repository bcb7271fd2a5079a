#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[7]:


def computeCostMulti(X, y, theta):
    m = y.size
    predictions = X.dot(theta.flatten())
    sq_errors = (predictions - y) ** 2
    return np.sum(sq_errors) / (2 * m)


# In[8]:


# computeCostMulti(X, y, np.zeros(3))
