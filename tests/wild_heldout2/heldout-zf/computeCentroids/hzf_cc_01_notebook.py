#!/usr/bin/env python
# coding: utf-8

# # K-means clustering

# In[3]:


import numpy as np


# In[8]:


def computeCentroids(X, idx, K):
    m, n = X.shape
    idx = idx.ravel()
    centroids = np.zeros((K, n))
    for k in range(1, K + 1):
        members = X[idx == k]
        centroids[k - 1, :] = np.mean(members, axis=0)
    return centroids


# In[9]:


# centroids = computeCentroids(X, idx, K)
# print('Centroids computed after initial finding of closest centroids:')
# print(centroids)
