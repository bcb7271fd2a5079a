#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning
# exported from ex4.ipynb

# In[1]:


import numpy as np
from scipy.io import loadmat


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # unroll the parameters (Octave is column major -> order='F')
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # recode the labels (y comes straight from loadmat, shape (m, 1))
    Y = np.zeros((m, num_labels))
    for i in range(m):
        Y[i, y[i, 0] - 1] = 1

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m

    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad


# In[6]:


if __name__ == "__main__":
    data = loadmat('ex4data1.mat')
    weights = loadmat('ex4weights.mat')
    X, y = data['X'], data['y']
    nn_params = np.concatenate((weights['Theta1'].flatten(order='F'),
                                weights['Theta2'].flatten(order='F')))
    J, _ = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
    print('Cost at parameters (loaded from ex4weights): %f' % J)
