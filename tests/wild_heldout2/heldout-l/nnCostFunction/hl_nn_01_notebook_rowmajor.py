#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
from scipy.io import loadmat


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[5]:


# params are unrolled with np.concatenate([t1.ravel(), t2.ravel()])
# (row by row, numpy default) so everything below uses numpy's default order
def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    t1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    t2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(t1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(t2.T)
    h = sigmoid(z3)

    # y comes from loadmat as (m,1) uint8 with values 1..10
    y_mat = np.zeros((m, num_labels))
    for i in range(m):
        y_mat[i, y[i, 0] - 1] = 1

    J = np.sum(-y_mat * np.log(h) - (1 - y_mat) * np.log(1 - h)) / m
    J = J + lmbda / (2.0 * m) * (np.sum(t1[:, 1:] ** 2) + np.sum(t2[:, 1:] ** 2))

    # backprop
    d3 = h - y_mat
    d2 = d3.dot(t2[:, 1:]) * sigmoid_gradient(z2)

    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m
    D1[:, 1:] += lmbda / m * t1[:, 1:]
    D2[:, 1:] += lmbda / m * t2[:, 1:]

    grad = np.concatenate([D1.ravel(), D2.ravel()])
    return J, grad


# In[6]:


# data = loadmat('ex4data1.mat')
# X, y = data['X'], data['y']
# weights = loadmat('ex4weights.mat')
# params = np.concatenate([weights['Theta1'].ravel(), weights['Theta2'].ravel()])
# nnCostFunction(params, 400, 25, 10, X, y, 1)
