#!/usr/bin/env python
# coding: utf-8

# ## Regularized logistic regression

# In[1]:


import numpy as np


# In[5]:


degree = 6


# In[6]:


def map_feature(x1, x2):
    x1 = x1.ravel()
    x2 = x2.ravel()
    cols = []
    for i in range(1, degree + 1):
        for j in range(i):
            cols.append((x1 ** (i - j)) * (x2 ** j))
    return np.stack(cols, axis=1)


# In[7]:


# X = map_feature(data[:, 0], data[:, 1])
# X.shape
