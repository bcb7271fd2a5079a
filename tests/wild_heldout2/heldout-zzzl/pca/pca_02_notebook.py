#!/usr/bin/env python
# coding: utf-8

# ## 2 Principal Component Analysis

# In[21]:


import numpy as np


# In[22]:


def pca(X):
    # covariance matrix of the normalised data
    Sigma = np.cov(X.T)
    U, S, V = np.linalg.svd(Sigma)
    return U, np.diag(S)


# In[23]:


# X_norm, mu, sigma = featureNormalize(X)
# U, S = pca(X_norm)
# print('Top eigenvector U(:,1) =', U[:, 0])
