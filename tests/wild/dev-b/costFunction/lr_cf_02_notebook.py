# In[3]:


import numpy as np


# In[5]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[9]:


def costFunction(theta, X, y):
    # X holds the two exam scores only; the intercept column is added here
    m, n = X.shape
    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    theta = theta.reshape((n + 1, 1))
    y = y.reshape((m, 1))

    h = sigmoid(X @ theta)
    J = -(y.T @ np.log(h) + (1 - y).T @ np.log(1 - h)) / m
    grad = X.T @ (h - y) / m

    return J[0][0], grad.flatten()
