#!/usr/bin/env python
# coding: utf-8

# In[2]:


import numpy as np


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[11]:


def cost_function_reg(theta, X, y, lambda_):
    m = len(y)
    y = y.reshape(-1)

    # theta(1) is not regularized
    theta_reg = theta
    theta_reg[0] = 0

    h = sigmoid(X @ theta)

    J = (-y @ np.log(h) - (1 - y) @ np.log(1 - h)) / m + (lambda_ / (2 * m)) * np.sum(theta_reg ** 2)
    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta_reg

    return J, grad


# In[12]:


# initial_theta = np.zeros(X.shape[1])
# cost, grad = cost_function_reg(initial_theta, X, y, 1)
