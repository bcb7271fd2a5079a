#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 4: Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# ## 1.3 Feedforward and cost function + 2.3 Backpropagation

# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    # Reshape nn_params back into Theta1 and Theta2 (fortran order like octave)
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # forward pass
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # recode the labels as vectors of 0/1
    Y = pd.get_dummies(y.flatten()).values.astype(float)

    J = (1 / m) * np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3))
    J = J + (lambda_ / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    delta3 = a3 - Y
    delta2 = delta3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = (1 / m) * delta2.T.dot(a1) + (lambda_ / m) * Theta1
    Theta2_grad = (1 / m) * delta3.T.dot(a2) + (lambda_ / m) * Theta2

    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])
    return J, grad


# In[10]:


# J, _ = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# print('Cost at parameters (loaded from ex4weights): %.6f' % J)
