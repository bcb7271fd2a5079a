#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from utils.sigmoid import sigmoid, sigmoid_gradient


# In[7]:


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[t1_size:].reshape((num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # one hot encode the labels
    Y = pd.get_dummies(np.ravel(y)).values

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2 @ Theta2.T
    h = sigmoid(z3)

    cost = -(Y * np.log(h) + (1 - Y) * np.log(1 - h)).sum() / m
    reg = (lambda_ / (2 * m)) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())
    J = cost + reg

    delta3 = h - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    D1 = delta2.T @ a1 / m
    D2 = delta3.T @ a2 / m
    D1[:, 1:] = D1[:, 1:] + (lambda_ / m) * Theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + (lambda_ / m) * Theta2[:, 1:]

    grad = np.hstack((D1.flatten(order='F'), D2.flatten(order='F')))
    return J, grad


# In[8]:


# J, grad = nn_cost_function(nn_params, 400, 25, 10, X, y, 1)
# print(J)
