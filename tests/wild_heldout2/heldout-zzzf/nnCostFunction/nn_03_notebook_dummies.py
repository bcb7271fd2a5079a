#!/usr/bin/env python
# coding: utf-8

# # Neural Networks Learning (ex4)

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[t1_size:].reshape((num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # one hot encode y
    y_d = pd.get_dummies(y.flatten()).values.astype(float)

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    cost = -(y_d * np.log(a3) + (1 - y_d) * np.log(1 - a3)).sum() / m
    reg = lambda_ / (2 * m) * (np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2))
    J = cost + reg

    delta3 = a3 - y_d
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Delta1 = delta2.T @ a1
    Delta2 = delta3.T @ a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.r_[Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')]
    return J, grad


# In[8]:


# J, _ = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
# print(J)
