#!/usr/bin/env python
# coding: utf-8

# # PCA on the 2D example dataset

# In[1]:


import numpy as np


# In[3]:


def pca(X):
    m = X.shape[0]
    Sigma = X.T.dot(X) / m
    U, S, V = np.linalg.svd(Sigma)
    return U, S


# In[5]:


K = 1


def projectData(X, U, K):
    # Z(i, :) = X(i, :) * U_reduce  -- first K eigenvectors only
    U_reduce = U[:, :K]
    Z = X.dot(U_reduce)
    return Z


# In[6]:


if __name__ == "__main__":
    X_norm = np.array([[1.0, 2.0], [-1.0, -2.5], [0.0, 0.5]])
    U, S = pca(X_norm)
    print(projectData(X_norm, U, K)[0])
