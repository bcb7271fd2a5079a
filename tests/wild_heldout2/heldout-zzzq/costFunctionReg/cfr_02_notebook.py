#!/usr/bin/env python
# coding: utf-8

# ## Part 2: Regularized logistic regression

# In[1]:


import numpy as np


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[19]:


def costFunctionReg(theta, X, y, lambda_):
    m = y.size
    y = y.ravel()

    # don't penalize the intercept
    theta_reg = theta
    theta_reg[0] = 0

    h = sigmoid(X.dot(theta))

    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m + lambda_ / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T.dot(h - y) / m + (lambda_ / m) * theta_reg

    return J, grad


# In[ ]:




