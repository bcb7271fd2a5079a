#!/usr/bin/env python
# coding: utf-8

# ## 1.1.2 Computing centroid means

# In[4]:


import numpy as np


# In[5]:


def compute_centroids(X, idx, K):
    n = X.shape[1]
    centroids = np.zeros((K, n))
    for k in range(K):
        # idx holds 1..K like the Octave code
        centroids[k] = np.mean(X[np.ravel(idx) == k + 1], axis=0)
    return centroids
