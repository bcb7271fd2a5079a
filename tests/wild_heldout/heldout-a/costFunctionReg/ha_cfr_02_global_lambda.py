#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Regularized logistic regression

# In[1]:


import numpy as np
import scipy.optimize as opt


# In[14]:


# data = np.loadtxt('ex2data2.txt', delimiter=',')
# X = mapFeature(data[:, 0], data[:, 1])
# y = data[:, 2]

# regularization parameter
lmbda = 1


# In[15]:


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, lambda_):
    m = len(y)
    h = sigmoid(X @ theta)

    J = (1 / m) * (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) + (lmbda / (2 * m)) * np.sum(theta[1:] ** 2)

    grad = (1 / m) * (X.T @ (h - y))
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J, grad


# In[16]:


# initial_theta = np.zeros(X.shape[1])
# cost, grad = costFunctionReg(initial_theta, X, y, lmbda)
# print('Cost at initial theta (zeros): {:.3f}'.format(cost))   # 0.693
