#!/usr/bin/env python
# coding: utf-8

# ## Part 6: Feature Mapping for Polynomial Regression

# In[14]:


import numpy as np

P_DEGREE = 8


# In[15]:


def poly_features(X, p=P_DEGREE):
    m = len(X)
    X_poly = np.zeros((m, p))
    for i in range(p):
        X_poly[:, i] = np.power(X.flatten(), i)
    return X_poly


# In[16]:


# X_poly = poly_features(X, p)
# X_poly, mu, sigma = feature_normalize(X_poly)
# X_poly = np.c_[np.ones(m), X_poly]
