#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[2]:


DEGREE = 6


# In[14]:


def map_feature(x1, x2):
    x1 = np.asarray(x1, dtype=float).ravel()
    x2 = np.asarray(x2, dtype=float).ravel()
    cols = [np.ones(x1.shape[0])]
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            cols.append(x1 ** (i - j) * x2 ** j)
    return np.column_stack(cols)


# In[ ]:




