#!/usr/bin/env python
# coding: utf-8

# In[14]:


import numpy as np


# In[21]:


def project_data(X, U, k):
    U_reduced = U[:, :k]
    return np.dot(X, U_reduced)


# In[22]:


# Z = project_data(X_norm, U, 1)
# Z[0]
