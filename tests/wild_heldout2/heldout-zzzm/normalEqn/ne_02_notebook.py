#!/usr/bin/env python
# coding: utf-8

# ## Part 3: Normal Equations

# In[14]:


import numpy as np
import pandas as pd


# In[15]:


def normalEqn(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    theta = np.linalg.pinv(X.T.dot(X)).dot(X.T).dot(y)
    return theta


# In[16]:


# data = pd.read_csv('ex1data2.txt', header=None)
# X = np.c_[np.ones(len(data)), data.iloc[:, :2].values]
# y = data.iloc[:, 2].values
# theta = normalEqn(X, y)
