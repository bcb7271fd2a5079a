#!/usr/bin/env python
# coding: utf-8

# ## Linear regression with one variable

# In[1]:


import numpy as np


# In[4]:


def computeCost(X, y, theta):
    m = len(y)
    J = np.sum(np.square(X.dot(theta) - y)) / (2 * m)
    return J


# ### Gradient descent
# update every theta_j with the partial derivative of J

# In[8]:


iterations = 1500
alpha = 0.01


# In[9]:


def gradientDescent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))

    for it in range(num_iters):
        for j in range(theta.shape[0]):
            h = X.dot(theta)
            theta[j] -= alpha * (1.0 / m) * np.sum((h - y) * X[:, [j]])
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history
