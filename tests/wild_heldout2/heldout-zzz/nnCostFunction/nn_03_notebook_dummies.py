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
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    # one hot encode y
    y_d = pd.get_dummies(y.flatten()).values.astype(float)

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 @ Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    J = np.sum(-y_d * np.log(a3) - (1 - y_d) * np.log(1 - a3)) / m
    # regularization
    J = J + Lambda / (2 * m) * (np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2))

    d3 = a3 - y_d
    d2 = d3 @ Theta2[:, 1:] * sigmoidGradient(z2)

    Theta1_grad = (d2.T @ a1) / m
    Theta2_grad = (d3.T @ a2) / m
    Theta1_grad[:, 1:] += Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad


# In[10]:


if __name__ == "__main__":
    print(sigmoidGradient(np.array([-1, -0.5, 0, 0.5, 1])))
