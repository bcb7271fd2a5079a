#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Regularized logistic regression

# In[1]:


import numpy as np


# In[14]:


DEGREE = 6


def mapFeature(X1, X2):
    # works for scalars (contour plotting) as well as columns from the data file
    X1 = np.atleast_1d(X1).ravel()
    X2 = np.atleast_1d(X2).ravel()
    out = [np.ones(X1.shape[0])]
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            out.append((X1 ** (i - j)) * (X2 ** j))
    return np.stack(out, axis=1)


# In[15]:


if __name__ == "__main__":
    print(mapFeature(np.array([0.5, -0.2]), np.array([1.0, 0.3])).shape)
