#!/usr/bin/env python
# coding: utf-8

# # Exercise 5 - Regularized Linear Regression and Bias vs Variance

# In[1]:


import numpy as np
from scipy import optimize


# ## 1.2 Regularized linear regression cost function / 1.3 gradient

# In[4]:


def linearRegCostFunction(X, y, theta, lambda_=0.0):
    # theta comes in flat from optimize.minimize, y as loaded from the .mat
    m = y.size
    y = y.flatten()
    theta = theta.flatten()

    h = X.dot(theta)
    err = h - y

    J = (1 / (2 * m)) * np.sum(np.square(err)) + (lambda_ / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = (1 / m) * (X.T.dot(err))
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad


# In[5]:


def trainLinearReg(X, y, lambda_=0.0, maxiter=200):
    initial_theta = np.zeros(X.shape[1])
    res = optimize.minimize(lambda t: linearRegCostFunction(X, y, t, lambda_),
                            initial_theta, jac=True, method='TNC',
                            options={'maxiter': maxiter})
    return res.x


# In[6]:


if __name__ == "__main__":
    X_demo = np.column_stack([np.ones(3), np.array([1.0, 2.0, 3.0])])
    y_demo = np.array([[1.0], [2.0], [3.5]])
    print(linearRegCostFunction(X_demo, y_demo, np.array([1.0, 1.0]), 1))
