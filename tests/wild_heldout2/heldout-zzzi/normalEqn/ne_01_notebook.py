#!/usr/bin/env python
# coding: utf-8

# ### Normal equations

# In[21]:


import numpy as np
from numpy.linalg import pinv


# In[22]:


def normalEqn(X, y):
    theta = pinv(X.T.dot(X)).dot(X.T).dot(y)
    return theta


# In[23]:


# theta = normalEqn(X, y)
# print('Theta computed from the normal equations:', theta)
