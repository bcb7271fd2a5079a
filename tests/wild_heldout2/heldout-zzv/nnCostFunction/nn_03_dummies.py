#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[7]:


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lmbda):
    m = X.shape[0]
    theta1 = np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1), order='F')
    theta2 = np.reshape(params[hidden_size * (input_size + 1):], (num_labels, hidden_size + 1), order='F')

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    h = sigmoid(a2 @ theta2.T)

    y_onehot = pd.get_dummies(y.ravel(), dtype=float).values

    J = np.sum(-y_onehot * np.log(h) - (1 - y_onehot) * np.log(1 - h)) / m
    J += lmbda / (2 * m) * (np.sum(theta1 ** 2) + np.sum(theta2 ** 2))

    d3 = h - y_onehot
    d2 = (d3 @ theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))

    delta1 = d2.T @ a1 / m
    delta2 = d3.T @ a2 / m
    delta1 += lmbda / m * theta1
    delta2 += lmbda / m * theta2

    grad = np.concatenate((np.ravel(delta1, order='F'), np.ravel(delta2, order='F')))
    return J, grad


# In[8]:


# J, grad = nn_cost_function(params, 400, 25, 10, X, y, 1)
