#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd


# In[7]:


def featureNormalize(X):
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values


# In[8]:


# X, mu, sigma = featureNormalize(data[['size', 'bedrooms']].values)
