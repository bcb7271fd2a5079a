#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


input_layer_size = 400   # 20x20 input images of digits
hidden_layer_size = 25
num_labels = 10


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1, order='F')
    m = X.shape[0]

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # y -> one hot
    Y = pd.get_dummies(y.ravel()).values

    J = (-1 / m) * np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3))
    J = J + (lmbda / m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)
    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m
    D1[:, 1:] = D1[:, 1:] + (lmbda / m) * Theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + (lmbda / m) * Theta2[:, 1:]

    grad = np.r_[D1.ravel(order='F'), D2.ravel(order='F')]
    return J, grad


# In[8]:


# J, grad = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# print(J)
