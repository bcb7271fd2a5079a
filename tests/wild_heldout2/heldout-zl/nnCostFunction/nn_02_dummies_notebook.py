#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
import pandas as pd
from scipy.io import loadmat


# In[2]:


input_layer_size = 400
hidden_layer_size = 25
num_labels = 10


# In[5]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (hidden_layer_size + 1, num_labels)).T

    m = X.shape[0]

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    # recode the labels as vectors of 0/1
    y_d = pd.get_dummies(y.flatten()).values

    J = -np.sum(y_d * np.log(h) + (1 - y_d) * np.log(1 - h)) / m
    J = J + (lmbda / (2 * m)) * (np.sum(np.square(Theta1)) + np.sum(np.square(Theta2)))

    # backprop
    d3 = h - y_d
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = (d2.T.dot(a1) + lmbda * Theta1) / m
    Theta2_grad = (d3.T.dot(a2) + lmbda * Theta2) / m

    grad = np.r_[Theta1_grad.T.ravel(), Theta2_grad.T.ravel()]
    return J, grad


# In[10]:


if __name__ == "__main__":
    data = loadmat('ex4data1.mat')
    X, y = data['X'], data['y']
    weights = loadmat('ex4weights.mat')
    params = np.r_[weights['Theta1'].T.ravel(), weights['Theta2'].T.ravel()]
    print(nnCostFunction(params, input_layer_size, hidden_layer_size, num_labels, X, y, 1)[0])
