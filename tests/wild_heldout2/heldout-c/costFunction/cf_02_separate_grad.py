#!/usr/bin/env python3
"""ex2 part 1: unregularised logistic regression.

cost_function and gradient are kept apart so they can be passed as
fun= and jac= to scipy.optimize.minimize.
"""
import numpy as np
from scipy.special import expit

# In[4]:


def cost_function(theta, X, y):
    m = X.shape[0]
    y = np.ravel(y)
    h = expit(X @ np.ravel(theta))
    return -(1.0 / m) * (y @ np.log(h) + (1 - y) @ np.log(1 - h))


# In[5]:


def gradient(theta, X, y):
    m = X.shape[0]
    y = np.ravel(y)
    h = expit(X @ np.ravel(theta))
    return (1.0 / m) * (X.T @ (h - y))


# In[6]:

# res = minimize(cost_function, np.zeros(3), args=(X, y), jac=gradient, method='TNC')
