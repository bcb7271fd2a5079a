#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Linear regression with multiple variables

# In[1]:


import numpy as np

PRINT_EVERY = 50   # how often to report progress while training
VERBOSE = False


# In[9]:


def computeCostMulti(X, y, theta):
    m = y.shape[0]
    err = X.dot(theta) - y
    return (err.T.dot(err) / (2 * m)).item()


# In[10]:


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = y.shape[0]
    y = y.reshape(m, 1)
    theta = theta.reshape(-1, 1).astype(float)
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[it] = computeCostMulti(X, y, theta)
        if VERBOSE and it % PRINT_EVERY == 0:
            print(it, J_history[it])

    return theta, J_history
