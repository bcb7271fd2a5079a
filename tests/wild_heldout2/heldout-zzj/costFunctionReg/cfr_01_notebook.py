#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[6]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[15]:


def costFunctionReg(theta, X, y, lambda_):
    m = y.size
    y = y.flatten()
    theta = theta.flatten()

    h = sigmoid(X.dot(theta))

    J = (-1 / m) * (np.log(h).dot(y) + np.log(1 - h).dot(1 - y)) \
        + (lambda_ / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad
