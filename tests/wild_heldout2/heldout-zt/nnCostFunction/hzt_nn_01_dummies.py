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
    g = sigmoid(z)
    return g * (1 - g)


# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # unroll the weights (Fortran order like octave)
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # one hot encoding of y
    y_d = pd.get_dummies(y.flatten()).values

    J = -np.sum(y_d * np.log(a3) + (1 - y_d) * np.log(1 - a3)) / m
    J = J + Lambda / (2 * m) * (np.sum(np.square(Theta1)) + np.sum(np.square(Theta2)))

    # backprop
    d3 = a3 - y_d
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m

    Theta1_grad[:, 1:] += Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad


# In[6]:


# J, grad = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# print(J)
