#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[14]:


def project_data(X, U, k):
    # make sure the data is normalized before projecting
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    U_reduced = U[:, :k]
    return np.dot(X, U_reduced)


# In[ ]:
