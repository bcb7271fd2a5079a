#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[3]:


def sigmoid(z):
    return 1/(1+np.exp(-z))

def sigmoid_gradient(z):
    return sigmoid(z)*(1-sigmoid(z))


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size*(input_layer_size+1)], (hidden_layer_size, input_layer_size+1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size*(input_layer_size+1):], (num_labels, hidden_layer_size+1), order='F')

    m = X.shape[0]
    y_d = np.array(pd.get_dummies(y.flatten()), dtype=float)

    a1 = np.c_[np.ones(m), X]
    z2 = np.dot(a1, Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(np.dot(a2, Theta2.T))

    J = (-1/m)*np.sum(y_d*np.log(a3) + (1-y_d)*np.log(1-a3))
    J = J + (lmbda/(2*m))*(np.sum(np.square(Theta1)) + np.sum(np.square(Theta2)))

    d3 = a3 - y_d
    d2 = np.dot(d3, Theta2[:, 1:])*sigmoid_gradient(z2)

    D1 = np.dot(d2.T, a1)/m
    D2 = np.dot(d3.T, a2)/m
    D1[:, 1:] = D1[:, 1:] + (lmbda/m)*Theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + (lmbda/m)*Theta2[:, 1:]

    grad = np.concatenate((D1.flatten(order='F'), D2.flatten(order='F')))
    return J, grad


# In[10]:


# J, grad = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
# print(J)
