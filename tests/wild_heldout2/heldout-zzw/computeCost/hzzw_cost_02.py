#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd


# ### 2.2.3 Computing the cost J(θ)

# In[6]:


def computeCost(X, y, theta):
    m = len(y)
    h = np.dot(X, np.reshape(theta, (-1, 1)))
    err = h - np.reshape(y, (-1, 1))
    J = np.sum(np.square(err)) / (2 * m)
    return J


# In[7]:


if __name__ == "__main__":
    df = pd.DataFrame({"pop": [6.1101, 5.5277, 8.5186], "profit": [17.592, 9.1302, 13.662]})
    X = np.column_stack((np.ones(len(df)), df["pop"].values))
    y = df["profit"].values
    print(computeCost(X, y, np.zeros(2)))
