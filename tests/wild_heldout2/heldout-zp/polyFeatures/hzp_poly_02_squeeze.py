#!/usr/bin/env python
# coding: utf-8

# In[14]:


import numpy as np


# In[15]:


def polyFeatures(X, p):
    X = np.squeeze(X)
    m = len(X)
    X_poly = np.zeros((m, p))
    for i in range(p):
        X_poly[:, i] = X ** (i + 1)
    return X_poly


# In[16]:


# X_poly = polyFeatures(X, 8)
