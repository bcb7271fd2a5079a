#!/usr/bin/env python
# coding: utf-8

# In[5]:


import numpy as np


# In[6]:


def feature_normalize(X):
    X_norm = X
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm -= mu
    X_norm /= sigma
    return X_norm, mu, sigma
