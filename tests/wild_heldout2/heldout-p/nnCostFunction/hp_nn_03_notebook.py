#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
from scipy.io import loadmat
from utils.activations import sigmoid, sigmoid_gradient


# In[2]:


input_layer_size = 400
hidden_layer_size = 25
num_labels = 10


# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (hidden_layer_size + 1, num_labels)).T

    m = y.size
    y = y.flatten()

    # forward pass
    a1 = np.concatenate([np.ones((m, 1)), X], axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.concatenate([np.ones((m, 1)), sigmoid(z2)], axis=1)
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    y_matrix = np.eye(num_labels)[y - 1]

    J = (-1 / m) * np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3))
    reg_term = (lambda_ / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))
    J = J + reg_term

    # backpropagation
    delta_3 = a3 - y_matrix
    delta_2 = delta_3 @ Theta2[:, 1:] * sigmoid_gradient(a2[:, 1:])

    Delta1 = delta_2.T @ a1
    Delta2 = delta_3.T @ a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.T.ravel(), Theta2_grad.T.ravel()])
    return J, grad


# In[6]:


if __name__ == "__main__":
    data = loadmat('ex4data1.mat')
    X, y = data['X'], data['y'].ravel()
