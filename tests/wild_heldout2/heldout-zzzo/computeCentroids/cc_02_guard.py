#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import scipy.io as sio


# In[7]:


def computeCentroids(X, idx, K):
    m, n = X.shape
    centroids = np.zeros((K, n))

    for i in range(1, K + 1):
        points = X[np.where(idx.ravel() == i)[0]]
        # avoid division by zero / nan for a centroid nobody picked
        if len(points) > 0:
            centroids[i - 1] = points.sum(axis=0) / len(points)

    return centroids


# In[8]:


if __name__ == "__main__":
    X = sio.loadmat('ex7data2.mat')['X']
    idx = np.array([[1], [3], [2]])
    print(computeCentroids(X[:3], idx, 3))
