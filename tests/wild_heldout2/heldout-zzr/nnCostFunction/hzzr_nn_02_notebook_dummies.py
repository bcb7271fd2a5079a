#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2.dot(Theta2.T))

    # labels -> one hot
    y_d = pd.get_dummies(y.ravel()).values

    J = -np.sum(y_d * np.log(a3) + (1 - y_d) * np.log(1 - a3)) / m
    J = J + lmbda / (2 * m) * (np.sum(np.square(Theta1)) + np.sum(np.square(Theta2)))

    # backprop
    d3 = a3 - y_d
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(a1) / m + (lmbda / m) * Theta1
    Theta2_grad = d3.T.dot(a2) / m + (lmbda / m) * Theta2

    grad = np.r_[Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')]
    return J, grad


# In[10]:


# J, grad = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
# print(J)
