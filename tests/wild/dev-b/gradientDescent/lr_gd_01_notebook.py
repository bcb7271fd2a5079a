#!/usr/bin/env python
# coding: utf-8

# # Exercise 1 - Linear regression with one variable

# In[1]:


import numpy as np


# In[4]:


def computeCost(X, y, theta):
    m = y.shape[0]
    h = X.dot(theta)
    return np.sum(np.square(h - y)) / (2 * m)


# In[7]:


def gradientDescent(X, y, theta, alpha, num_iters):
    """Run num_iters steps of batch gradient descent.

    X is m x 2 (ones column first), y and theta are column vectors
    (1-D arrays are turned into columns). Returns theta (n x 1) and the
    cost after every step.
    """
    m = y.shape[0]
    y = y.reshape(m, 1)
    theta = theta.reshape(-1, 1).astype(float)  # astype makes a copy
    J_history = np.zeros((num_iters, 1))

    for i in range(num_iters):
        error = X.dot(theta) - y
        theta = theta - (alpha / m) * X.T.dot(error)
        J_history[i] = computeCost(X, y, theta)

    return theta, J_history


# In[8]:


if __name__ == "__main__":
    X = np.c_[np.ones(5), np.arange(1, 6)]
    y = np.array([[1.5], [2.1], [2.9], [4.2], [5.1]])
    theta, J_history = gradientDescent(X, y, np.zeros((2, 1)), 0.01, 1500)
    print(theta.ravel(), J_history[-1])
