#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[4]:


def computeCost(X, y, theta):
    m = len(y)
    return np.sum(np.square(X.dot(theta) - y)) / (2 * m)


# In[6]:


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1)
    J_history = np.zeros((num_iters, 1))

    for i in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[i] = computeCost(X, y, theta)

    return theta, J_history


# In[7]:


if __name__ == "__main__":
    data = np.array([[1.0, 2.0], [2.0, 2.5], [3.0, 4.1], [4.0, 4.9]])
    X = np.c_[np.ones(4), data[:, 0]]
    theta, J_history = gradientDescent(X, data[:, 1], np.zeros(2), 0.01, 1500)
    print(theta.ravel(), J_history[-1])
