#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Regularized logistic regression

# In[14]:


import numpy as np

DEGREE = 6


# In[15]:


def mapFeature(X1, X2):
    X1 = X1.reshape(-1, 1)
    X2 = X2.reshape(-1, 1)
    features = [np.ones((X1.shape[0], 1))]
    for i in range(1, DEGREE):
        for j in range(i + 1):
            features.append(np.power(X1, j) * np.power(X2, i - j))
    return np.hstack(features)


# In[16]:


# X = mapFeature(data[:, 0], data[:, 1])
# X.shape
