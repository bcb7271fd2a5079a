#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from scipy.special import expit


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (hidden_layer_size + 1, num_labels)).T

    m = len(X)

    # one hot
    Y = pd.get_dummies(y.ravel()).values.astype(float)

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), expit(z2)]
    a3 = expit(a2.dot(Theta2.T))

    J = (-1.0 / m) * np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3))
    J = J + (Lambda / (2.0 * m)) * (np.sum(np.square(Theta1)) + np.sum(np.square(Theta2)))

    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * expit(z2) * (1 - expit(z2))

    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m
    D1[:, 1:] = D1[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    grad = np.r_[D1.T.ravel(), D2.T.ravel()]
    return J, grad


# In[8]:


# J, grad = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
