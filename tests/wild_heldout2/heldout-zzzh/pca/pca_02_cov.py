# coding: utf-8

# In[1]:


import numpy as np
from numpy.linalg import svd


# In[14]:


def pca(X):
    # covariance matrix of the features, then its SVD
    cov = np.cov(X, rowvar=False)
    U, S, V = svd(cov)
    return U, np.diag(S)


# In[15]:


# U, S = pca(X_norm)
# U[:, 0]   # [-0.707, -0.707]
