#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Gradient descent (multiple variables)

# In[14]:


import numpy as np

ALPHA = 0.01
ITERATIONS = 400


# In[15]:


def computeCostMulti(X, y, theta):
    m = y.size
    return np.sum(np.square(X @ theta - y)) / (2 * m)


# In[16]:


def gradientDescentMulti(X, y, theta, alpha=ALPHA, num_iters=ITERATIONS):
    m = y.size
    J_history = []
    for i in range(num_iters):
        J_history.append(computeCostMulti(X, y, theta))
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
    return theta, np.array(J_history)


# In[17]:


# theta, J_history = gradientDescentMulti(X, y, np.zeros((3, 1)))
# plt.plot(J_history)
