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


# In[7]:


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    # one hot encoding of y
    y_d = pd.get_dummies(y.flatten()).values

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 @ theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 @ theta2.T
    a3 = sigmoid(z3)

    temp1 = np.multiply(y_d, np.log(a3))
    temp2 = np.multiply(1 - y_d, np.log(1 - a3))
    J = np.sum(temp1 + temp2) / (-m)
    J = J + (lmbda / (2 * m)) * (np.sum(theta1 ** 2) + np.sum(theta2 ** 2))

    d3 = a3 - y_d
    d2 = np.multiply(d3 @ theta2[:, 1:], sigmoid_gradient(z2))

    delta1 = d2.T @ a1
    delta2 = d3.T @ a2

    theta1_grad = delta1 / m
    theta2_grad = delta2 / m
    theta1_grad[:, 1:] = theta1_grad[:, 1:] + (lmbda / m) * theta1[:, 1:]
    theta2_grad[:, 1:] = theta2_grad[:, 1:] + (lmbda / m) * theta2[:, 1:]

    grad = np.concatenate((theta1_grad.flatten(order='F'), theta2_grad.flatten(order='F')))
    return J, grad


# In[8]:


# J, grad = nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# print(J)
