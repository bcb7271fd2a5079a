#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Regularized logistic regression

# In[14]:


import numpy as np


# In[15]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[21]:


def costFunctionReg(theta, X, y, lambda_):
    m = y.size
    theta = theta.flatten()
    y = y.flatten()

    h = sigmoid(X @ theta)

    J = (1 / m) * np.sum(-(y * np.log(h) + (1 - y) * np.log(1 - h))) \
        + (lambda_ / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = (1 / m) * (X.T @ (h - y))
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad


# In[22]:


# initial_theta = np.zeros(X_mapped.shape[1])
# cost, grad = costFunctionReg(initial_theta, X_mapped, y, 1)
# print('Cost at initial theta (zeros): {:.3f}'.format(cost))
