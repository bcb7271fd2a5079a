#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
from utils.sigmoid import sigmoid


# In[2]:


input_layer_size = 400
hidden_layer_size = 25
num_labels = 10


# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # part 1: feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 @ Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 @ Theta2.T
    h = sigmoid(z3)

    y_matrix = np.eye(num_labels)[y.flatten() - 1]

    J = (1 / m) * np.sum(-y_matrix * np.log(h) - (1 - y_matrix) * np.log(1 - h))
    J = J + (Lambda / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # part 2: backpropagation
    d3 = h - y_matrix
    d2 = d3 @ Theta2[:, 1:] * sigmoid(z2)

    Delta1 = d2.T @ a1
    Delta2 = d3.T @ a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m

    # part 3: regularization
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]

    grad = np.concatenate([Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')])
    return J, grad


# In[6]:


# J, grad = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# print('Cost at parameters (loaded from ex4weights): %f' % J)
