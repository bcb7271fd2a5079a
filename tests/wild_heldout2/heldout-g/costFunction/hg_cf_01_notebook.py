#!/usr/bin/env python
# coding: utf-8

# # Exercise 2 - Logistic Regression

# In[1]:


import numpy as np


# In[5]:


def sigmoid(z):
    g = 1 / (1 + np.exp(-z))
    return g


# In[8]:


def costFunction(theta, X, y):
    m = y.size
    h = sigmoid(X.dot(theta.reshape(-1, 1)))
    y = y.reshape(-1, 1)
    J = -1 / m * (np.log(h).T.dot(y) + np.log(1 - h).T.dot(1 - y))
    grad = 1 / m * X.T.dot(h - y)
    return J[0][0], grad.ravel()


# In[9]:


if __name__ == "__main__":
    X_demo = np.c_[np.ones(4), [[34.6, 78.0], [30.3, 43.9], [35.8, 72.9], [60.2, 86.3]]]
    y_demo = np.array([0, 0, 0, 1])
    print(costFunction(np.zeros(3), X_demo, y_demo))
