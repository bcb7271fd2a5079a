#!/usr/bin/env python
# coding: utf-8

# ## Linear regression with multiple variables

# In[11]:


import numpy as np


# In[13]:


ALPHA = 0.01
NUM_ITERS = 400


def computeCostMulti(X, y, theta):
    m = y.shape[0]
    err = X.dot(theta) - y
    return (err ** 2).sum() / (2 * m)


# In[14]:


def gradientDescentMulti(X, y, theta, alpha=ALPHA, num_iters=NUM_ITERS):
    m = len(y)
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1)
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history
