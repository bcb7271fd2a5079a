#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[6]:


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)

    # one-hot encode y (10 -> column for digit 0 etc.)
    y_onehot = pd.get_dummies(y.ravel()).values

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2 @ theta2.T
    h = sigmoid(z3)

    J = -np.sum(y_onehot * np.log(h) + (1 - y_onehot) * np.log(1 - h)) / m
    J += (lmbda / (2 * m)) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    # backprop
    d3 = h - y_onehot
    d2 = (d3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    delta1 = (d2.T @ a1) / m
    delta2 = (d3.T @ a2) / m

    delta1 += (lmbda / m) * theta1
    delta2 += (lmbda / m) * theta2

    grad = np.concatenate([delta1.ravel(order='F'), delta2.ravel(order='F')])
    return J, grad


# In[7]:


# J, grad = nn_cost_function(nn_params, 400, 25, 10, X, y, 1)
# J
