# coding: utf-8

# ## Part 6: Feature Mapping for Polynomial Regression

# In[21]:

import numpy as np


# In[22]:

def polyFeatures(X, p):
    # X is m x 1 -> X_poly is m x p, column i holds X to some power
    X_poly = np.zeros((X.shape[0], p))
    for i in xrange(p):
        X_poly[:, i] = X[:, 0] ** i
    print X_poly.shape
    return X_poly
