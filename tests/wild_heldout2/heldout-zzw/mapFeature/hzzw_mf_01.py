#!/usr/bin/env python
# coding: utf-8

# In[9]:


import numpy as np

degree = 6


# In[10]:


def mapFeature(X1, X2):
    X1 = X1.reshape(-1, 1)
    X2 = X2.reshape(-1, 1)
    out = np.ones((X1.shape[0], 1))
    for i in range(1, degree):
        for j in range(i + 1):
            out = np.hstack((out, (X1 ** (i - j)) * (X2 ** j)))
    return out
