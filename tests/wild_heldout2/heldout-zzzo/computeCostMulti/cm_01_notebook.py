#!/usr/bin/env python
# coding: utf-8

# ## Linear regression with multiple variables

# In[3]:


import numpy as np
import pandas as pd


# In[9]:


def computeCostMulti(X, y, theta):
    m = len(y)
    y = y.reshape(m, 1)
    theta = theta.reshape(-1, 1)
    error = X.dot(theta) - y
    J = error.T.dot(error) / (2 * m)
    return J[0, 0]


# In[10]:


if __name__ == "__main__":
    df = pd.DataFrame({'size': [2104., 1600., 2400.], 'rooms': [3., 3., 3.],
                       'price': [399900., 329900., 369000.]})
    X = np.c_[np.ones(len(df)), df[['size', 'rooms']].values]
    y = df['price'].values
    print(computeCostMulti(X, y, np.zeros(3)))
