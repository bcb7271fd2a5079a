#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Gradient descent

# In[4]:


import numpy as np

iterations = 1500
alpha = 0.01


# In[5]:


def compute_cost(X, y, theta):
    m = y.size
    return np.sum((X @ theta - y) ** 2) / (2 * m)


# In[6]:


def gradient_descent(X, y, theta, alpha, num_iters):
    # flatten so that shapes (m,) and (m,1) both work
    y = y.reshape(-1)
    theta = theta.reshape(-1)
    m = y.size
    J_history = []
    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history.append(compute_cost(X, y, theta))
    return theta, np.array(J_history)


# In[7]:


if __name__ == "__main__":
    X = np.c_[np.ones(4), np.arange(4.0)]
    y = np.array([1.0, 3.0, 5.0, 7.0])
    theta, J_history = gradient_descent(X, y, np.zeros(2), alpha, iterations)
    print(theta, J_history[-1])
