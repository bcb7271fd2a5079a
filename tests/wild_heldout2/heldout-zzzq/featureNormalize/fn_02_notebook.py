#!/usr/bin/env python
# coding: utf-8

# # Linear regression with multiple variables

# In[1]:


import numpy as np


# ### Feature Normalization

# In[6]:


def featureNormalize(X):
    X_norm = X
    mu = np.mean(X)
    sigma = np.std(X, axis=0, ddof=1)

    X_norm = (X - mu) / sigma

    return X_norm, mu, sigma


# In[ ]:




