#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)*(1 - sigmoid(z))
    return g


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # unroll the parameters (Octave stores them column by column)
    Theta1 = nn_params[0:hidden_layer_size*(input_layer_size+1)].reshape(input_layer_size+1, hidden_layer_size).T
    Theta2 = nn_params[hidden_layer_size*(input_layer_size+1):].reshape(hidden_layer_size+1, num_labels).T

    m = X.shape[0]
    J = 0
    Theta1_grad = np.zeros(Theta1.shape)
    Theta2_grad = np.zeros(Theta2.shape)

    # feedforward + backprop one example at a time
    for i in range(m):
        a1 = np.append(1, X[i, :])
        z2 = Theta1.dot(a1)
        a2 = np.append(1, sigmoid(z2))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[i] - 1] = 1

        J = J + np.sum(-yk*np.log(a3) - (1 - yk)*np.log(1 - a3))

        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoidGradient(z2)

        Theta2_grad = Theta2_grad + np.outer(d3, a2)
        Theta1_grad = Theta1_grad + np.outer(d2, a1)

    J = J/m
    J = J + Lambda/(2*m)*(np.sum(Theta1[:, 1:]**2) + np.sum(Theta2[:, 1:]**2))

    Theta1_grad = Theta1_grad/m
    Theta2_grad = Theta2_grad/m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + Lambda/m*Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + Lambda/m*Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad


# In[8]:


# J, grad = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# print(J)
