#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


input_layer_size = 400
hidden_layer_size = 25
num_labels = 10


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = nn_params[0:hidden_layer_size * (input_layer_size + 1)].reshape(input_layer_size + 1, hidden_layer_size).T
    theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(hidden_layer_size + 1, num_labels).T

    m = X.shape[0]
    y_d = pd.get_dummies(y.ravel()).values

    a1 = np.c_[np.ones((m, 1)), X]
    z2 = a1 @ theta1.T
    a2 = np.c_[np.ones((m, 1)), sigmoid(z2)]
    z3 = a2 @ theta2.T
    a3 = sigmoid(z3)

    J = -1 / m * np.sum(y_d * np.log(a3) + (1 - y_d) * np.log(1 - a3))
    J = J + lmbda / (2 * m) * (np.sum(np.square(theta1)) + np.sum(np.square(theta2)))

    d3 = a3 - y_d
    d2 = d3 @ theta2[:, 1:] * sigmoidGradient(z2)

    delta1 = d2.T @ a1
    delta2 = d3.T @ a2

    theta1_ = np.c_[np.zeros((theta1.shape[0], 1)), theta1[:, 1:]]
    theta2_ = np.c_[np.zeros((theta2.shape[0], 1)), theta2[:, 1:]]

    theta1_grad = delta1 / m + (theta1_ * lmbda) / m
    theta2_grad = delta2 / m + (theta2_ * lmbda) / m

    grad = np.r_[theta1_grad.T.ravel(), theta2_grad.T.ravel()]
    return J, grad


# In[8]:


# J, grad = nnCostFunction(params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# J  # 0.383770
