#!/usr/bin/env python
# coding: utf-8

# # Principal Component Analysis

# In[1]:


import numpy as np
from numpy.linalg import svd


# In[6]:


def feature_normalize(X):
    mu = X.mean(axis=0)
    sigma = X.std(axis=0, ddof=1)
    return (X - mu) / sigma, mu, sigma


# In[7]:


def pca(X):
    # covariance matrix of the features (one example per row)
    Sigma = np.cov(X, rowvar=False)
    U, S, V = svd(Sigma)
    return U, np.diag(S)


# In[8]:


# X_norm, mu, sigma = feature_normalize(X)
# U, S = pca(X_norm)
