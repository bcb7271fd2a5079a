#!/usr/bin/env python
# coding: utf-8

# ## Neural Networks Learning (ex4)

# In[1]:


import numpy as np
import scipy.optimize as opt


# In[2]:


input_layer_size = 400   # 20x20 input images of digits
hidden_layer_size = 25   # 25 hidden units
num_labels = 10          # 10 labels, from 1 to 10
lambda_ = 1              # weight regularization parameter


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[4]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    # feedforward
    a1 = np.column_stack((np.ones(m), X))
    z2 = a1 @ Theta1.T
    a2 = np.column_stack((np.ones(m), sigmoid(z2)))
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    y_vec = np.zeros((m, num_labels))
    for i in range(m):
        y_vec[i, y[i, 0] - 1] = 1

    J = np.sum(-y_vec * np.log(a3) - (1 - y_vec) * np.log(1 - a3)) / m
    J += lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    delta3 = a3 - y_vec
    delta2 = delta3 @ Theta2[:, 1:] * sigmoidGradient(z2)
    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m

    # regularized gradient
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad


# In[5]:


# J, grad = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)
# print('Cost at parameters (loaded from ex4weights): %f' % J)
