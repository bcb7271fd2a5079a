#!/usr/bin/env python
# coding: utf-8

# In[5]:


import numpy as np


# In[6]:


def featureNormalize(X):
    X_norm = X
    mu = np.mean(X)
    sigma = np.std(X, ddof=1)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
