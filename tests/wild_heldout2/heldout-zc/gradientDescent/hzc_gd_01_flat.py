#!/usr/bin/env python
# coding: utf-8

# In[3]:


import numpy as np


# In[4]:


def computeCost(X, y, theta):
    m = y.size
    err = X.dot(theta) - y
    return err.dot(err) / (2 * m)


# In[7]:


def gradientDescent(X, y, theta, alpha, num_iters):
    # y and theta are used as flat arrays
    y = y.ravel()
    theta = theta.ravel().astype(float)
    m = y.size
    J_history = []

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T.dot(X.dot(theta) - y))
        J_history.append(computeCost(X, y, theta))

    return theta, np.array(J_history)


# In[8]:


if __name__ == "__main__":
    X = np.column_stack((np.ones(4), np.array([1.0, 2.0, 3.0, 4.0])))
    y = np.array([2.0, 4.1, 5.9, 8.2])
    theta, J_history = gradientDescent(X, y, np.zeros(2), 0.01, 1500)
    print(theta)
