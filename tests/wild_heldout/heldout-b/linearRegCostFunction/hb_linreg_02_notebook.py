#!/usr/bin/env python
# coding: utf-8

# # ex5 - Regularized Linear Regression and Bias vs. Variance

# In[1]:


import numpy as np
from scipy.optimize import minimize


# data = loadmat('ex5data1.mat')
# X, y = data['X'], data['y']
# Xval, yval = data['Xval'], data['yval']
# X = np.insert(X, 0, 1, axis=1)

# ## 1.2 Regularized linear regression cost function

# In[4]:


def residual(theta, X, y):
    return X @ theta - y


def cost_function(theta, X, y, reg):
    m = X.shape[0]
    r = residual(theta, X, y)
    J = np.sum(r ** 2) / (2 * m) + reg / (2 * m) * np.sum(theta[1:] ** 2)
    return J


# ## 1.3 Regularized linear regression gradient

# In[5]:


def gradient(theta, X, y, reg):
    m = X.shape[0]
    r = residual(theta, X, y)
    grad = X.T @ r / m
    grad[1:] = grad[1:] + reg / m * theta[1:]
    return grad


# In[6]:


def train_linear_reg(X, y, reg):
    theta0 = np.zeros(X.shape[1])
    res = minimize(cost_function, theta0, args=(X, y, reg), jac=gradient,
                   method='TNC', options={'maxiter': 200})
    return res.x
