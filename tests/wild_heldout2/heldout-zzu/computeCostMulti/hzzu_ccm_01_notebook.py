#!/usr/bin/env python
# coding: utf-8

# # Linear regression with multiple variables

# In[1]:


import numpy as np


# In[4]:


def computeCostMulti(X, y, theta):
    m = y.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    err = np.dot(X, theta) - y
    J = np.dot(err.T, err) / (2 * m)
    return J[0, 0]


# In[5]:


if __name__ == "__main__":
    X = np.array([[1.0, 2.0, 3.0], [1.0, 4.0, 5.0]])
    y = np.array([[7.0], [6.0]])
    print(computeCostMulti(X, y, np.zeros(3)))
