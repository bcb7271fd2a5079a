# coding: utf-8

# In[1]:

import numpy as np
import scipy.io as sio


# In[4]:

def linearRegCostFunction(X, y, theta, lambda_):
    m = y.size
    theta = theta.ravel()
    y = y.ravel()

    h = X.dot(theta)
    J = (1 / (2 * m)) * np.sum(np.square(h - y)) + (lambda_ / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = (1 / m) * (h - y).dot(X)
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad


# In[5]:

if __name__ == "__main__":
    data = sio.loadmat("ex5data1.mat")
    X, y = data["X"], data["y"]
    m = X.shape[0]
    J, grad = linearRegCostFunction(np.c_[np.ones(m), X], y, np.array([1, 1]), 1)
    print(J, grad)
