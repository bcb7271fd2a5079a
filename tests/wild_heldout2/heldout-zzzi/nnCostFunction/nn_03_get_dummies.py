# coding: utf-8

# In[1]:

import numpy as np
import pandas as pd


# In[4]:

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# In[9]:

def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[0:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)

    # feedforward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(a2 @ Theta2.T)

    # one hot encode y with pandas
    Y = pd.get_dummies(y.ravel()).values.astype(np.float64)

    J = np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h)) / m
    J += Lambda / (2 * m) * (np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2))

    # backprop
    d3 = h - Y
    d2 = (d3 @ Theta2)[:, 1:] * sigmoid(z2) * (1 - sigmoid(z2))

    D1 = d2.T @ a1 / m
    D2 = d3.T @ a2 / m
    D1[:, 1:] += Lambda / m * Theta1[:, 1:]
    D2[:, 1:] += Lambda / m * Theta2[:, 1:]

    grad = np.concatenate((D1.flatten(order='F'), D2.flatten(order='F')))
    return J, grad
