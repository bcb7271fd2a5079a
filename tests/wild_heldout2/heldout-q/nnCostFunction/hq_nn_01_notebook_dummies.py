#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 4: Neural Networks Learning
# 
# Python version of ex4 (cost function + backprop).

# In[1]:


import numpy as np
import pandas as pd
from scipy.io import loadmat
from scipy.optimize import minimize


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# ## 1.3 Feedforward and cost function

# In[6]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # unroll (Octave is column major -> reshape with swapped dims then transpose)
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(input_layer_size + 1, hidden_layer_size).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(hidden_layer_size + 1, num_labels).T

    m = X.shape[0]

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # y is 5000x1 from the .mat file -> one hot matrix
    Y = pd.get_dummies(y.ravel(), dtype=float).values

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad


# In[7]:


if __name__ == "__main__":
    data = loadmat('ex4data1.mat')
    X, y = data['X'], data['y']
    weights = loadmat('ex4weights.mat')
    nn_params = np.concatenate((weights['Theta1'].T.ravel(), weights['Theta2'].T.ravel()))
    J, _ = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
    print('Cost at parameters (loaded from ex4weights): %f' % J)
    print('(this value should be about 0.383770)')
