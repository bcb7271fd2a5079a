#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Network Learning
# Exported from ex4.ipynb

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


# In[3]:


def forward_propagate(X, theta1, theta2):
    m = X.shape[0]
    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * theta2.T
    h = sigmoid(z3)
    return a1, z2, a2, z3, h


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    m = X.shape[0]
    X = np.matrix(X)

    # unroll the parameters (matlab stores them column by column)
    theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    a1, z2, a2, z3, h = forward_propagate(X, theta1, theta2)

    # y comes straight from loadmat: (m, 1) with labels 1..num_labels
    y_onehot = np.matrix(np.zeros((m, num_labels)))
    for i, label in enumerate(np.ravel(y)):
        y_onehot[i, label - 1] = 1

    J = 0
    for i in range(m):
        first_term = np.multiply(-y_onehot[i, :], np.log(h[i, :]))
        second_term = np.multiply((1 - y_onehot[i, :]), np.log(1 - h[i, :]))
        J += np.sum(first_term - second_term)
    J = J / m

    # regularization (skip the bias columns)
    J += (float(lmbda) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    # backprop, vectorised
    d3 = h - y_onehot
    d2 = np.multiply(d3 * theta2[:, 1:], sigmoid_gradient(z2))

    delta1 = d2.T * a1 / m
    delta2 = d3.T * a2 / m

    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * lmbda) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * lmbda) / m

    grad = np.concatenate((np.asarray(delta1).ravel(order='F'),
                           np.asarray(delta2).ravel(order='F')))

    return J, grad
