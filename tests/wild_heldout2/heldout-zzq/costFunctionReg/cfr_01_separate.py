#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Regularized logistic regression

# In[21]:


import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# In[22]:


def costFunctionReg(theta, X, y, reg):
    m = y.size
    h = sigmoid(X.dot(theta))
    J = -1.0 * (1.0 / m) * (np.log(h).T.dot(y) + np.log(1 - h).T.dot(1 - y)) \
        + (reg / m) * np.sum(np.square(theta[1:]))
    return J


# In[23]:


def gradientReg(theta, X, y, reg):
    m = y.size
    h = sigmoid(X.dot(theta.reshape(-1, 1)))
    grad = (1.0 / m) * X.T.dot(h - y.reshape(-1, 1)) \
        + (reg / m) * np.r_[[[0]], theta[1:].reshape(-1, 1)]
    return grad.flatten()
