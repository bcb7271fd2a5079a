#!/usr/bin/env python
# coding: utf-8

# ## Regularized logistic regression

# In[2]:


import numpy as np
from scipy import optimize


# In[5]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[11]:


def costFunctionReg(theta, X, y, lambda_):
    m = y.size
    y = y.flatten()
    h = sigmoid(X.dot(theta.flatten()))

    J = (1 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (lambda_ / (2 * m)) * np.sum(np.square(theta.flatten()[1:]))

    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (lambda_ / m) * theta.flatten()[1:]
    return J, grad


# In[12]:


# res = optimize.minimize(costFunctionReg, initial_theta, (X, y, 1), jac=True, method='TNC')
