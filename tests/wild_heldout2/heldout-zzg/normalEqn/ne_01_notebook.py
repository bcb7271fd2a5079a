#!/usr/bin/env python
# coding: utf-8

# ## Normal Equations

# In[21]:


import numpy as np


# In[22]:


def normalEqn(X, y):
    theta = np.linalg.pinv(X.T @ X) @ X.T @ y
    return theta
