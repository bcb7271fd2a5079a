# coding: utf-8

# # ex5: Regularized Linear Regression and Bias v.s. Variance

# In[1]:


import numpy as np


# In[4]:


def linearRegCostFunction(X, y, theta, lambda_):
    m = y.size
    y = y.flatten()
    theta = theta.ravel()

    h = X.dot(theta)
    J = 1 / (2 * m) * np.sum((h - y) ** 2) + lambda_ / (2 * m) * np.sum(theta[2:] ** 2)

    theta_reg = theta
    theta_reg[0] = 0
    grad = 1 / m * X.T.dot(h - y) + lambda_ / m * theta_reg

    return J, grad


# In[5]:


if __name__ == '__main__':
    X = np.c_[np.ones(3), np.array([-15.9, -29.2, 36.2])]
    y = np.array([[2.1], [1.2], [34.4]])
    theta = np.array([[1.0], [1.0]])
    print(linearRegCostFunction(X, y, theta, 1))
