# coding: utf-8

# In[1]:


import numpy as np


# In[6]:


def pca(X):
    m, n = X.shape
    # scale the data before building the covariance matrix
    Xs = np.matrix((X - np.mean(X)) / np.std(X))
    Sigma = Xs.T * Xs / m
    U, s, _ = np.linalg.svd(Sigma)
    S = np.matrix(np.diag(s))
    return U, S


# In[7]:


# U, S = pca(X_norm)
# print('Top eigenvector U[:, 0] =', U[:, 0])
