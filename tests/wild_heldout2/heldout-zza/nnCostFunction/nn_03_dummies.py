#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[7]:


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # one hot encoding of y
    Y = pd.get_dummies(y.ravel()).values

    J = (-1 / m) * np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3))
    J = J + (Lambda / (2 * m)) * (np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2))

    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = (d2.T @ a1) / m
    Theta2_grad = (d3.T @ a2) / m
    Theta1_grad[:, 1:] += (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad
