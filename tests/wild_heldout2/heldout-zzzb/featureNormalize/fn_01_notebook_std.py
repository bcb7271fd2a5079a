#!/usr/bin/env python
# coding: utf-8

# ## Linear regression with multiple variables

# In[1]:


import numpy as np


# ### 3.1 Feature Normalization

# In[6]:


def feature_normalize(X):
    mu = X.mean(0)
    sigma = X.std(0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma


# In[7]:


# data = np.loadtxt('ex1data2.txt', delimiter=',')
# X, y = data[:, :2], data[:, 2]
# X, mu, sigma = feature_normalize(X)
