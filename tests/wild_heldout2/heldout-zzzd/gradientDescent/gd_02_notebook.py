#!/usr/bin/env python
# coding: utf-8

# ## Part 3: Cost and Gradient descent

# In[5]:


import numpy as np

iterations = 1500
alpha = 0.01


# In[6]:


def computeCost(X, y, theta):
    m = y.size
    J = 0
    J = np.sum(np.square(X.dot(theta) - y)) / (2 * m)
    return J


# In[8]:


def gradientDescent(X, y, theta, alpha, num_iters):
    m = y.size
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1).copy()
    J_history = []

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T.dot(X.dot(theta) - y))
        J_history.append(computeCost(X, y, theta))

    return theta, np.array(J_history)


# In[9]:


# theta, J_history = gradientDescent(X, y, np.zeros(2), alpha, iterations)
# print('Theta found by gradient descent: {:.4f}, {:.4f}'.format(*theta.ravel()))
