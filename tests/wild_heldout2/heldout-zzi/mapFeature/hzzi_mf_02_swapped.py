#!/usr/bin/env python
# coding: utf-8

# In[14]:


import numpy as np

degree = 6


# In[15]:


def mapFeature(X1, X2):
    X1 = X1.reshape(-1, 1)
    X2 = X2.reshape(-1, 1)
    out = np.ones((X1.shape[0], 1))
    for i in range(1, degree + 1):
        for j in range(i + 1):
            term = np.multiply(np.power(X1, j), np.power(X2, i - j))
            out = np.hstack((out, term))
    return out
