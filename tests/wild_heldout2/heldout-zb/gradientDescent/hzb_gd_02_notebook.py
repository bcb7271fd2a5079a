# coding: utf-8

# # Linear regression with one variable

# In[1]:

import numpy as np


# In[5]:

def computeCost(X, y, theta):
    m = y.size
    h = X @ theta
    return np.sum(np.square(h - y)) / (2 * m)


# In[8]:

iterations = 1500
alpha = 0.01


# In[9]:

def gradientDescent(X, y, theta, alpha, num_iters):
    m = y.shape[0]
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        error = X @ theta - y
        theta = theta - (alpha / m) * (X.T @ error)
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history
