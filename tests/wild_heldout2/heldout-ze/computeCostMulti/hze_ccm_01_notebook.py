#!/usr/bin/env python
# coding: utf-8

# # Exercise 1 (optional part): linear regression with multiple variables

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


# df = pd.read_csv('ex1data2.txt', header=None, names=['size', 'bedrooms', 'price'])
# df.head()


# In[7]:


def computeCostMulti(X, y, theta):
    m = len(y)
    X = pd.DataFrame(X).values
    y = pd.DataFrame(y).values            # always (m, 1)
    theta = np.array(theta).reshape(-1, 1)
    err = X.dot(theta) - y
    J = err.T.dot(err) / (2 * m)
    return J[0][0]


# In[8]:


# computeCostMulti(X, y, np.zeros(3))
