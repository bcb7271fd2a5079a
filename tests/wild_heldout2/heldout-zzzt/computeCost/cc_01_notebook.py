#!/usr/bin/env python
# coding: utf-8

# ## Linear regression with one variable

# In[1]:


import numpy as np


# In[4]:


def computeCost(X, y, theta):
    """X is (m, 2) with the column of ones, y is (m, 1), theta is (2, 1)."""
    m = len(y)
    predictions = X.dot(theta)
    sqErrors = np.square(predictions - y)
    J = 1.0 / (2 * m) * np.sum(sqErrors)
    return J


# In[5]:


if __name__ == "__main__":
    X = np.c_[np.ones(3), np.array([1.0, 2.0, 3.0])]
    y = np.array([[1.0], [2.0], [3.0]])
    print(computeCost(X, y, np.zeros((2, 1))))
