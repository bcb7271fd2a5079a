#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd
from scipy.io import loadmat


# In[2]:


EPSILON_INIT = 0.12


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# ## 1.3 Feedforward and cost function

# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    # one hot encoding of y
    y_matrix = pd.get_dummies(y.ravel()).values

    a1 = np.column_stack((np.ones(m), X))
    z2 = a1 @ Theta1.T
    a2 = np.column_stack((np.ones(m), sigmoid(z2)))
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    J = -(1 / m) * np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3))
    J += (lmbda / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    # ## 2.3 Backpropagation
    d3 = a3 - y_matrix
    d2 = (d3 @ Theta2[:, 1:]) * sigmoidGradient(a2[:, 1:])

    Delta1 = d2.T @ a1
    Delta2 = d3.T @ a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += (lmbda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lmbda / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad


# In[6]:


if __name__ == "__main__":
    data = loadmat('ex4data1.mat')
    weights = loadmat('ex4weights.mat')
    params = np.concatenate((weights['Theta1'].ravel(order='F'), weights['Theta2'].ravel(order='F')))
    print(nnCostFunction(params, 400, 25, 10, data['X'], data['y'], 1)[0])
