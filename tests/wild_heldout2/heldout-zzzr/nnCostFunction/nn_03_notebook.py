#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd
from scipy.optimize import minimize


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[3]:


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1, order='F')

    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    Y = pd.get_dummies(y.ravel()).values.astype(float)

    J = -1 / m * np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3))
    J += lmbda / (2 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(), Theta2_grad.ravel()))
    return J, grad


# In[10]:


# res = minimize(nnCostFunction, initial_params, args=(400, 25, 10, X, y, 1),
#                method='TNC', jac=True, options={'maxiter': 50})
