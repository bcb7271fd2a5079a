#!/usr/bin/env python
# coding: utf-8

# ## Regularized logistic regression - feature mapping

# In[1]:


import numpy as np


# In[2]:


DEGREE = 6


# In[3]:


def map_feature(x1, x2):
    """Map two features to all polynomial terms up to DEGREE (28 columns for 6),
    first column is the intercept."""
    x1 = np.asarray(x1).ravel()
    x2 = np.asarray(x2).ravel()
    cols = [np.ones(x1.shape[0])]
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            cols.append((x1 ** j) * (x2 ** (i - j)))
    return np.column_stack(cols)


# In[4]:


# X = map_feature(data[:, 0], data[:, 1])
# X.shape
