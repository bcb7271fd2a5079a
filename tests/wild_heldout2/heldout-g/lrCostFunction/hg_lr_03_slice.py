# In[4]:

import numpy as np

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# In[9]:

def lrCostFunction(theta, X, y, l):
    m = len(y)
    h = sigmoid(np.dot(X, theta))
    J = (-1 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) + (l / (2 * m)) * np.sum(theta[2:] ** 2)
    grad = (1 / m) * np.dot(X.T, h - y)
    grad[1:] = grad[1:] + (l / m) * theta[1:]
    return J, grad
