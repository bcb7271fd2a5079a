#!/usr/bin/env python
# coding: utf-8

# # Exercise 5 - Regularized Linear Regression and Bias v.s. Variance

# In[1]:


import numpy as np
from scipy import optimize


# In[6]:


def linearRegCostFunction(X, y, theta, lambda_=0.0):
    # Initialize some useful values
    m = y.size  # number of training examples
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = X.dot(theta)
    J = (1 / (2 * m)) * np.sum(np.square(h - y)) + (lambda_ / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = (1 / m) * (X.T.dot(h - y))
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad.ravel()


# In[7]:


def trainLinearReg(X, y, lambda_=0.0, maxiter=200):
    initial_theta = np.zeros(X.shape[1])
    costFunction = lambda t: linearRegCostFunction(X, y, t, lambda_)
    res = optimize.minimize(costFunction, initial_theta, jac=True,
                            method='TNC', options={'maxiter': maxiter})
    return res.x
