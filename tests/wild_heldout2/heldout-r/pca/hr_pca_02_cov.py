#!/usr/bin/env python
# coding: utf-8

# In[3]:


import numpy as np


# In[14]:


def pca(X):
    # covariance matrix of the features (features are the columns of X)
    Sigma = np.cov(X.T)
    U, S, V = np.linalg.svd(Sigma)
    return U, np.diag(S)
