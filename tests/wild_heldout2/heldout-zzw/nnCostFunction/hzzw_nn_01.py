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


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # unroll the parameters (Octave stores them column by column)
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # recode the labels as vectors of 0s and 1s
    Y = pd.get_dummies(y.ravel()).values

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J = J + lmbda / (2 * m) * (np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2))

    # backprop
    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad


# In[8]:


if __name__ == "__main__":
    Theta1 = np.sin(np.arange(1, 5 * 4 + 1)).reshape((5, 4), order='F') / 10
    Theta2 = np.sin(np.arange(1, 3 * 6 + 1)).reshape((3, 6), order='F') / 10
    params = np.concatenate((Theta1.ravel(order='F'), Theta2.ravel(order='F')))
    X = np.cos(np.arange(1, 16)).reshape(5, 3)
    y = np.array([[1], [2], [3], [1], [2]])
    print(nnCostFunction(params, 3, 5, 3, X, y, 1))
