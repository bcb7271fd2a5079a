#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Network Learning

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2 @ theta2.T
    h = sigmoid(z3)

    # one hot encoding of y
    y_d = np.array(pd.get_dummies(y.ravel()), dtype=float)

    cost = np.sum(-y_d * np.log(h) - (1 - y_d) * np.log(1 - h)) / m
    reg = lmbda / (2 * m) * (np.sum(theta1 ** 2) + np.sum(theta2 ** 2))
    J = cost + reg

    # backprop
    d3 = h - y_d
    d2 = (d3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    theta1_grad = d2.T @ a1 / m
    theta2_grad = d3.T @ a2 / m
    theta1_grad[:, 1:] += lmbda / m * theta1[:, 1:]
    theta2_grad[:, 1:] += lmbda / m * theta2[:, 1:]

    grad = np.concatenate((theta1_grad.flatten(order='F'), theta2_grad.flatten(order='F')))
    return J, grad


# In[6]:


# J, grad = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# J
