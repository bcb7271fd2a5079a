#!/usr/bin/env python
# coding: utf-8

# In[21]:


import numpy as np
import pandas as pd


# In[22]:


def compute_centroids(X, idx, K):
    """New centroid = mean of the points assigned to it (idx in 1..K).

    Centroids that got no points come out as NaN rows, same as Octave's mean
    of an empty selection.
    """
    df = pd.DataFrame(X)
    means = df.groupby(np.asarray(idx).ravel()).mean()
    # make sure every cluster 1..K has a row, in order
    means = means.reindex(range(1, K + 1))
    return means.values


# In[23]:


# centroids = compute_centroids(X, idx, K)
# print(centroids)
