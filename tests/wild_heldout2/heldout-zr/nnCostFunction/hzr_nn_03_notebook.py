#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1/(1+np.exp(-z))

def sigmoidGradient(z):
    return sigmoid(z)*(1-sigmoid(z))


# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size*(input_layer_size+1)].reshape(hidden_layer_size, input_layer_size+1, order='F')
    Theta2 = nn_params[hidden_layer_size*(input_layer_size+1):].reshape(num_labels, hidden_layer_size+1, order='F')
    m = X.shape[0]

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2 @ Theta2.T
    h = sigmoid(z3)

    y_d = pd.get_dummies(y.ravel()).values

    J = -np.sum(y_d*np.log(h) + (1-y_d)*np.log(1-h))/m
    J = J + Lambda/(2*m)*(np.sum(Theta1**2) + np.sum(Theta2**2))

    # backprop
    d3 = h - y_d
    d2 = (d3 @ Theta2[:,1:]) * sigmoidGradient(z2)
    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:,1:] = Theta1_grad[:,1:] + Lambda/m*Theta1[:,1:]
    Theta2_grad[:,1:] = Theta2_grad[:,1:] + Lambda/m*Theta2[:,1:]

    grad = np.r_[Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')]
    return J, grad


# In[6]:


# J, _ = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)
# print('Cost at parameters (loaded from ex4weights): %f' % J)
