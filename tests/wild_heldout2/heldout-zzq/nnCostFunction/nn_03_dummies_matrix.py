#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))
    m = X.shape[0]
    X = np.matrix(X)

    # one hot encode y
    y_onehot = np.matrix(pd.get_dummies(np.ravel(y)).values)

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * Theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    J = -np.sum(np.multiply(y_onehot, np.log(h)) + np.multiply(1 - y_onehot, np.log(1 - h))) / m
    J += (float(Lambda) / (2 * m)) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    # backprop
    d3 = h - y_onehot
    d2 = np.multiply(d3 * Theta2[:, 1:], sigmoid_gradient(z2))

    Theta1_grad = (d2.T * a1) / m
    Theta2_grad = (d3.T * a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate((np.ravel(Theta1_grad, order='F'), np.ravel(Theta2_grad, order='F')))
    return J, grad


# In[10]:


if __name__ == "__main__":
    pass
