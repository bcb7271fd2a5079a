#!/usr/bin/env python
# coding: utf-8

# ## Regularized logistic regression

# In[14]:


import numpy as np


# In[15]:


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# In[16]:


def costFunctionReg(theta, X, y, lam):
    m = len(y)
    y = y.flatten()
    h = sigmoid(X.dot(theta))

    cost = np.dot(-y, np.log(h)) - np.dot(1 - y, np.log(1 - h))
    reg_term = (lam / (2. * m)) * np.sum(theta[1:] ** 2)
    J = (1. / m) * (cost + reg_term)

    grad = (1. / m) * X.T.dot(h - y) + (lam / m) * theta
    return J, grad


# In[17]:


# initial_theta = np.zeros(X.shape[1])
# costFunctionReg(initial_theta, X, y, 1)
