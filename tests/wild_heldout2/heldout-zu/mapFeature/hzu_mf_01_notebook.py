#!/usr/bin/env python
# coding: utf-8

# ## Regularized logistic regression

# In[1]:


import numpy as np


# In[9]:


DEGREE = 6


def map_feature(x1, x2):
    x1 = x1.ravel()
    x2 = x2.ravel()
    out = [np.ones(x1.shape[0])]
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            out.append((x1 ** j) * (x2 ** (i - j)))
    return np.stack(out, axis=1)


# In[10]:


# X = map_feature(data[:, 0], data[:, 1])
# X.shape
