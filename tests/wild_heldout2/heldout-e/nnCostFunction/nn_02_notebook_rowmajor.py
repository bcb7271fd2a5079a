#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[9]:


# params are flattened with numpy's own ravel() everywhere in this notebook
# (Theta1.ravel(), Theta2.ravel()), and the gradient comes back the same way

def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    Y = np.zeros((m, num_labels))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    J = (1 / m) * np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h))
    J = J + (lmbda / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    D1 = d2.T.dot(a1)
    D2 = d3.T.dot(a2)

    Theta1_ = np.c_[np.zeros(Theta1.shape[0]), Theta1[:, 1:]]
    Theta2_ = np.c_[np.zeros(Theta2.shape[0]), Theta2[:, 1:]]

    Theta1_grad = D1 / m + (lmbda / m) * Theta1_
    Theta2_grad = D2 / m + (lmbda / m) * Theta2_

    grad = np.r_[Theta1_grad.ravel(), Theta2_grad.ravel()]

    return J, grad


# In[10]:


# J, grad = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
