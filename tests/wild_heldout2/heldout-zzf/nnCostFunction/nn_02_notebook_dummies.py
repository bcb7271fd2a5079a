#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1, order='F')
    m = len(X)

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # recode labels as vectors of 0s and 1s
    Y = pd.get_dummies(y.ravel()).to_numpy(dtype=float)

    J = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    J = J + Lambda / (2 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    # backprop
    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)
    D1 = d2.T.dot(a1)
    D2 = d3.T.dot(a2)

    Theta1_grad = D1 / m + (Lambda / m) * Theta1
    Theta2_grad = D2 / m + (Lambda / m) * Theta2

    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad


# In[10]:


# J, grad = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
