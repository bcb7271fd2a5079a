#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(input_layer_size + 1, hidden_layer_size).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(hidden_layer_size + 1, num_labels).T
    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2 @ Theta2.T)

    Y = pd.get_dummies(y.ravel(), dtype=float).values

    J = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    J = J + Lambda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = (d2.T @ a1 + Lambda * Theta1) / m
    Theta2_grad = (d3.T @ a2 + Lambda * Theta2) / m

    grad = np.r_[Theta1_grad.T.ravel(), Theta2_grad.T.ravel()]
    return J, grad


# In[8]:


if __name__ == "__main__":
    X = np.sin(np.arange(1, 16)).reshape(5, 3)
    y = np.array([[1], [2], [3], [1], [2]])
    params = np.cos(np.arange(1, 39)) / 10
    print(nnCostFunction(params, 3, 5, 3, X, y, 1)[0])
