#!/usr/bin/env python
# coding: utf-8

# # Exercise 2: Logistic Regression

# In[1]:


import numpy as np
from scipy.optimize import minimize


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[7]:


def costFunction(theta, X, y):
    # y comes out of loadmat / np.loadtxt as a column, flatten it so that
    # everything below is 1-D (minimize also hands theta over as 1-D)
    y = y.flatten()
    theta = theta.flatten()
    m = y.size

    h = sigmoid(X.dot(theta))
    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m
    grad = X.T.dot(h - y) / m

    return J, grad


# In[8]:


# initial_theta = np.zeros(n + 1)
# cost, grad = costFunction(initial_theta, X, y)
# res = minimize(costFunction, initial_theta, (X, y), jac=True, method='TNC')
