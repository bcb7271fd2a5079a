#!/usr/bin/env python
# coding: utf-8

# ## Logistic Regression

# In[1]:


import numpy as np
from scipy.io import loadmat
import scipy.optimize as opt


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[7]:


def cost(theta, X, y):
    m = len(X)
    h = sigmoid(X.dot(theta))
    J = np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) / m
    return J


# In[8]:


def gradient(theta, X, y):
    m = len(X)
    theta = theta.reshape(-1, 1)
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    return grad.ravel()


# In[11]:


# result = opt.fmin_tnc(func=cost, x0=initial_theta, fprime=gradient, args=(X, y))
