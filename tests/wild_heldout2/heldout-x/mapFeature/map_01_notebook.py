# coding: utf-8

# In[1]:

import numpy as np
import pandas as pd

# ### 2.2 Feature mapping

# In[7]:

DEGREE = 6


def mapFeature(X1, X2):
    X1 = np.asarray(X1).reshape(-1)
    X2 = np.asarray(X2).reshape(-1)
    out = [np.ones(X1.shape[0])]
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            out.append((X1 ** (i - j)) * (X2 ** j))
    return np.stack(out, axis=1)


# In[8]:

# data = pd.read_csv('ex2data2.txt', header=None, names=['Test 1', 'Test 2', 'Accepted'])
# X = mapFeature(data['Test 1'].values, data['Test 2'].values)
# X.shape  -> (118, 28)
