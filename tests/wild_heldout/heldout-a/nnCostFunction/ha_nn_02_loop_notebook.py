#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning
# 
# Backprop done one training example at a time, like the course pdf suggests
# ("implement it with a for-loop t = 1:m first").

# In[1]:


import numpy as np
from scipy.optimize import minimize


# In[2]:


# data = loadmat('ex4data1.mat')
# X, y = data['X'], data['y']          # (5000, 400), (5000, 1)
# input_layer_size, hidden_layer_size, num_labels = 400, 25, 10


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[6]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1, order='F')

    m = len(X)
    J = 0
    Theta1_grad = np.zeros(Theta1.shape)
    Theta2_grad = np.zeros(Theta2.shape)

    for t in range(m):
        # feedforward for example t
        a1 = np.r_[1, X[t]]
        z2 = Theta1.dot(a1)
        a2 = np.r_[1, sigmoid(z2)]
        a3 = sigmoid(Theta2.dot(a2))

        yk = np.zeros(num_labels)
        yk[y[t] - 1] = 1

        J = J - np.sum(yk * np.log(a3) + (1 - yk) * np.log(1 - a3))

        # backprop for example t
        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoidGradient(z2)
        Theta2_grad = Theta2_grad + np.outer(d3, a2)
        Theta1_grad = Theta1_grad + np.outer(d2, a1)

    J = J / m + lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Theta1_grad / m
    Theta2_grad = Theta2_grad / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + lmbda / m * Theta2[:, 1:]

    grad = np.r_[Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')]
    return J, grad


# In[7]:


# J, _ = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# print('Cost at parameters (loaded from ex4weights): %f' % J)   # 0.383770
