# coding: utf-8

# In[3]:


import numpy as np
import pandas as pd


# In[9]:


def computeCost(X, y, theta):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    inner = np.power((X * theta) - y, 2)
    return np.sum(inner) / (2 * len(X))


# In[10]:


if __name__ == '__main__':
    data = pd.DataFrame({'Population': [6.1101, 5.5277, 8.5186], 'Profit': [17.592, 9.1302, 13.662]})
    data.insert(0, 'Ones', 1)
    X = data.iloc[:, 0:2].values
    y = data.iloc[:, 2:3].values
    print(computeCost(X, y, np.zeros(2)))
