#!/usr/bin/env python
# coding: utf-8

# ## Principal Component Analysis

# In[1]:


import numpy as np
import scipy.linalg as linalg

np.set_printoptions(precision=4, suppress=True)


# In[6]:


def pca(X):
    # number of examples and features
    m, n = X.shape

    # covariance matrix of the (already normalised) data
    Sigma = (1 / m) * X.T.dot(X)

    # eigenvectors and eigenvalues via the SVD
    U, S, V = linalg.svd(Sigma)
    S = linalg.diagsvd(S, n, n)

    return U, S


# In[7]:


# U, S = pca(X_norm)
# print('Top eigenvector U[:, 0] =', U[:, 0])
