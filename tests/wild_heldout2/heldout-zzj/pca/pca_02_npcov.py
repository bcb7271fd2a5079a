#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
from numpy.linalg import svd


# In[18]:


def pca(X):
    # covariance matrix of the features
    sigma = np.cov(X.T)
    U, S, V = svd(sigma)
    return U, np.diag(S)
