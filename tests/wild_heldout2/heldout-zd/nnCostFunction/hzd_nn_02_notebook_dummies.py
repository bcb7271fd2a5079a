#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (hidden_layer_size + 1, num_labels)).T

    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    # one hot encode the labels
    y_d = pd.get_dummies(y.flatten()).values

    J = -np.sum(y_d * np.log(h) + (1 - y_d) * np.log(1 - h)) / m
    reg = np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:]))
    J = J + (Lambda / m) * reg

    # backprop
    delta3 = h - y_d
    delta2 = delta3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    D1 = delta2.T.dot(a1)
    D2 = delta3.T.dot(a2)

    Theta1_ = np.c_[np.zeros(hidden_layer_size), Theta1[:, 1:]]
    Theta2_ = np.c_[np.zeros(num_labels), Theta2[:, 1:]]

    Theta1_grad = D1 / m + (Lambda / m) * Theta1_
    Theta2_grad = D2 / m + (Lambda / m) * Theta2_

    grad = np.r_[Theta1_grad.T.ravel(), Theta2_grad.T.ravel()]
    return J, grad


# In[8]:


# J, grad = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
# print(J)
