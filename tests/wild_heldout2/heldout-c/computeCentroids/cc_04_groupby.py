# In[21]:


import numpy as np
import pandas as pd


# In[22]:


def computeCentroids(X, idx, K):
    # mean of every feature, grouped by the assigned centroid
    df = pd.DataFrame(X)
    df['cluster'] = idx.ravel()
    centroids = df.groupby('cluster').mean().values
    return centroids
