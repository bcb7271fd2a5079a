#!/usr/bin/env python
# coding: utf-8

# # Linear regression with multiple variables

# In[9]:


import numpy as np


# In[10]:


def featureNormalize(X):
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma


# In[11]:


if __name__ == "__main__":
    data = np.array([[2104., 3.], [1600., 3.], [2400., 3.], [1416., 2.], [3000., 4.]])
    X_norm, mu, sigma = featureNormalize(data)
    print(mu, sigma)
