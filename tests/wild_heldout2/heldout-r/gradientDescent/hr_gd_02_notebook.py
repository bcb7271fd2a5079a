#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[7]:


def compute_cost(X, y, theta):
    m = y.size
    h = X @ theta
    return (1 / (2 * m)) * np.sum((h - y) ** 2)


# In[9]:


def gradient_descent(X, y, theta, alpha, num_iters):
    # work with flat vectors, y comes from the txt file as a column
    y = y.ravel()
    theta = theta.ravel().astype(float)
    m = y.size
    J_history = []

    for i in range(num_iters):
        error = X @ theta - y
        theta = theta - (alpha / m) * (X.T @ error)
        J_history.append(compute_cost(X, y, theta))

    return theta, np.array(J_history)


# In[10]:


if __name__ == "__main__":
    X = np.c_[np.ones(5), np.arange(5.0)]
    y = 2 * np.arange(5.0) + 1
    theta, J = gradient_descent(X, y, np.zeros(2), 0.01, 1500)
    print(theta, J[-1])
