#!/usr/bin/env python
# coding: utf-8

# In[21]:


import numpy as np


# In[22]:


def normalEqn(X, y):
    theta = np.zeros((X.shape[1], 1))
    theta = np.linalg.pinv(X.T.dot(X)).dot(X.T).dot(y)
    return theta
