#!/usr/bin/env python
# coding: utf-8

# # ex7 part 2 - PCA

# In[1]:


import numpy as np


# In[14]:


def project_data(X, U, K):
    # make sure the data is centred before projecting
    X = X - X.mean(axis=0)
    U_reduce = U[:, :K]
    Z = X.dot(U_reduce)
    return Z


# In[15]:


# Z = project_data(X_norm, U, 1)
# print('Projection of the first example: %f' % Z[0])
