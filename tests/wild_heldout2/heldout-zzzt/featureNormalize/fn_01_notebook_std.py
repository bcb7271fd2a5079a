#!/usr/bin/env python
# coding: utf-8

# # Linear regression with multiple variables

# In[1]:


import numpy as np


# In[3]:


def featureNormalize(X):
    """
    Returns a normalized version of X where the mean value of each
    feature is 0 and the standard deviation is 1.
    """
    mu = np.mean(X, axis=0)
    X_norm = X - mu

    sigma = np.std(X_norm, axis=0)
    X_norm = X_norm / sigma

    return X_norm, mu, sigma
