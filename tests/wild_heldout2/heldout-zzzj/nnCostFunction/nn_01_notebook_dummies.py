#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 4: Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd
from scipy.io import loadmat


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# ## 1.3 Feedforward and cost function + 2.3 Backpropagation

# In[6]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # unroll the parameters (Octave stores them column by column)
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        num_labels, hidden_layer_size + 1, order='F')

    m = X.shape[0]

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # y comes from loadmat as (5000, 1) -> one column per digit
    y_matrix = pd.get_dummies(y.ravel()).values

    J = -np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3)) / m
    J = J + (Lambda / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = a3 - y_matrix
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(a2[:, 1:])

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m

    Theta1_grad[:, 1:] += (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad


# In[7]:


if __name__ == "__main__":
    data = loadmat('ex4data1.mat')
    weights = loadmat('ex4weights.mat')
    X, y = data['X'], data['y']
    params = np.concatenate((weights['Theta1'].ravel(order='F'), weights['Theta2'].ravel(order='F')))
    J, _ = nnCostFunction(params, 400, 25, 10, X, y, 1)
    print('Cost at parameters (loaded from ex4weights): %f' % J)
