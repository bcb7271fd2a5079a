#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
from scipy.io import loadmat


# In[2]:


# data = loadmat('ex4data1.mat')
# X = data['X']
# y = data['y']
# y[y == 10] = 0   # the digit 0 is stored as label 10, put it back to 0


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # params were unrolled with np.concatenate([t1.ravel(), t2.ravel()])
    t1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    t2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]

    # feedforward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(t1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    a3 = sigmoid(a2.dot(t2.T))

    # labels -> one hot rows
    y_matrix = np.zeros((m, num_labels))
    for i in range(m):
        y_matrix[i, y[i]] = 1

    J = (-1 / m) * np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3))
    J += lmbda / (2 * m) * (np.sum(t1[:, 1:] ** 2) + np.sum(t2[:, 1:] ** 2))

    # backprop
    d3 = a3 - y_matrix
    d2 = d3.dot(t2[:, 1:]) * sigmoid_gradient(z2)

    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m
    D1[:, 1:] += lmbda / m * t1[:, 1:]
    D2[:, 1:] += lmbda / m * t2[:, 1:]

    grad = np.concatenate([D1.ravel(), D2.ravel()])
    return J, grad


# In[8]:


# J, grad = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
# print(J)
