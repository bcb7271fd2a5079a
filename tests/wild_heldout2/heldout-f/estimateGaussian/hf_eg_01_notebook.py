#!/usr/bin/env python
# coding: utf-8

# # Anomaly detection

# In[2]:


import numpy as np


# In[4]:


def estimateGaussian(X):
    m, n = X.shape
    mu = np.sum(X, axis=0) / m
    sigma2 = np.sum((X - mu) ** 2, axis=0) / m
    return mu.reshape(n, 1), sigma2.reshape(n, 1)


# In[5]:


# mu, sigma2 = estimateGaussian(X)
