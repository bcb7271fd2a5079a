#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 4: Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd
from scipy.io import loadmat


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[5]:


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# ## 1.3 Feedforward and cost function

# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        num_labels, hidden_layer_size + 1, order='F')

    m = X.shape[0]
    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    y_matrix = pd.get_dummies(y.ravel(), dtype=float).values

    J = -1 / m * np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3))
    J = J + Lambda / (2 * m) * (np.sum(np.square(Theta1)) + np.sum(np.square(Theta2)))

    d3 = a3 - y_matrix
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] += Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / m * Theta2[:, 1:]

    grad = np.r_[Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')]
    return J, grad


# In[10]:


# data = loadmat('ex4data1.mat')
# X, y = data['X'], data['y']
# weights = loadmat('ex4weights.mat')
# nn_params = np.r_[weights['Theta1'].ravel(order='F'), weights['Theta2'].ravel(order='F')]
# nnCostFunction(nn_params, 400, 25, 10, X, y, 1)[0]
