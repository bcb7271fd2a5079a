#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[5]:


# params = np.concatenate((Theta1.ravel(), Theta2.ravel()))  -- same unrolling everywhere in this notebook
def nnCostFunction(params, input_size, hidden_size, num_labels, X, y, lmbda):
    m = X.shape[0]

    Theta1 = params[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    Theta2 = params[hidden_size * (input_size + 1):].reshape(num_labels, hidden_size + 1)

    # feedforward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    # y is 1..10 like in the .mat file
    y_matrix = np.zeros((m, num_labels))
    for i in range(m):
        y_matrix[i, y[i] - 1] = 1

    J = np.sum(-y_matrix * np.log(h) - (1 - y_matrix) * np.log(1 - h)) / m
    J += lmbda / (2 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    # backprop
    d3 = h - y_matrix
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Delta1 = d2.T.dot(a1)
    Delta2 = d3.T.dot(a2)

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lmbda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lmbda / m) * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad


# In[6]:


# J, g1, g2 = nnCostFunction(params, 400, 25, 10, X, y, 1)
# print(J)
