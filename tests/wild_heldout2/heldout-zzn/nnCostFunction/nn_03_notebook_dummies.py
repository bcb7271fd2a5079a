#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[4]:


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[0:hidden_layer_size * (input_layer_size + 1)].reshape((input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape((hidden_layer_size + 1, num_labels)).T

    m = X.shape[0]

    X = np.insert(X, 0, 1, axis=1)
    z2 = X.dot(Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(a2.dot(Theta2.T))

    y_d = pd.get_dummies(y.ravel()).values

    J = -np.sum(y_d * np.log(h) + (1 - y_d) * np.log(1 - h)) / m
    J = J + Lambda / (2 * m) * (np.sum(np.square(Theta1)) + np.sum(np.square(Theta2)))

    d3 = h - y_d
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T.dot(X) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + Lambda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad


# In[10]:


# J, grad = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
# print(J)
