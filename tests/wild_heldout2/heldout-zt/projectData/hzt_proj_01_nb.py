#!/usr/bin/env python
# coding: utf-8

# ## 2.3 Dimensionality Reduction with PCA

# In[14]:


import numpy as np

K = 1  # project the 2D example data onto 1 dimension


# In[15]:


def project_data(X, U, K=K):
    U_reduce = U[:, :K]
    Z = np.dot(X, U_reduce)
    return Z


# In[16]:


# Z = project_data(X_norm, U, K)
# print('Projection of the first example: %f' % Z[0])
