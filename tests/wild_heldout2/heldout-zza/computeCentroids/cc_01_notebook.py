#!/usr/bin/env python
# coding: utf-8

# ## K-means: computing the centroid means

# In[3]:


import numpy as np


# In[8]:


def computeCentroids(X, idx, K):
    m, n = X.shape
    idx = idx.flatten()   # idx comes back from findClosestCentroids as (m, 1)
    centroids = np.zeros((K, n))

    for k in range(1, K + 1):
        points = X[idx == k]
        centroids[k - 1, :] = np.mean(points, axis=0)

    return centroids


# In[9]:


# centroids = computeCentroids(X, idx, K)
# print('Centroids computed after initial finding of closest centroids:')
# print(centroids)
