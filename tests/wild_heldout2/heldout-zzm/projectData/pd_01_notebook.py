#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# ## 2.3 Dimensionality Reduction with PCA
# Project the data onto the top K eigenvectors, U(:, 1:K) in the Octave code.

# In[14]:


def projectData(X, U, K):
    Ureduce = U[:, 1:K]
    Z = X.dot(Ureduce)
    return Z


# In[15]:


# Z = projectData(X_norm, U, 1)
# print('Projection of the first example: {}'.format(Z[0]))
