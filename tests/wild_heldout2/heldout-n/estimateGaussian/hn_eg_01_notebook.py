#!/usr/bin/env python
# coding: utf-8

# ## Anomaly detection

# In[2]:


import numpy as np


# In[14]:


def estimateGaussian(X):
    m, n = X.shape
    mu = np.mean(X, axis=0)
    sigma2 = np.sum((X - mu) ** 2) / m
    return mu, sigma2


# In[15]:


# mu, sigma2 = estimateGaussian(X)
# print('mu =', mu, 'sigma2 =', sigma2)
