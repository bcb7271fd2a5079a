#!/usr/bin/env python
# coding: utf-8

# In[21]:


import numpy as np


# In[22]:


def projectData(X, U, K):
    m = X.shape[0]
    Z = np.zeros((m, K))
    for i in range(m):
        x = X[i, :]
        for k in range(K):
            Z[i, k] = np.dot(x, U[:, k])
    return Z
