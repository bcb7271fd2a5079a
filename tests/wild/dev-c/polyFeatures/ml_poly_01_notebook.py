#!/usr/bin/env python
# coding: utf-8

# # Exercise 5 - Regularized Linear Regression and Bias vs Variance

# In[1]:


import numpy as np


# ## 3. Polynomial regression

# In[14]:


def polyFeatures(X, p):
    # X is m x 1 (as loaded from ex5data1.mat); column j holds X**(j+1)
    x = X.flatten()
    X_poly = np.zeros((len(x), p))
    for i in range(p):
        X_poly[:, i] = x ** (i + 1)
    return X_poly


# In[15]:


# quick check
if __name__ == "__main__":
    print(polyFeatures(np.array([[1.], [2.], [3.]]), 4))
