#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    # one-hot encode y (columns come out sorted 1..10)
    y_d = pd.get_dummies(y.ravel(), dtype=float).values

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 @ Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 @ Theta2.T
    h = sigmoid(z3)

    J = (1 / m) * np.sum(-y_d * np.log(h) - (1 - y_d) * np.log(1 - h))
    J = J + (lmbda / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = h - y_d
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))

    D1 = d2.T @ a1 / m
    D2 = d3.T @ a2 / m
    D1[:, 1:] += (lmbda / m) * Theta1[:, 1:]
    D2[:, 1:] += (lmbda / m) * Theta2[:, 1:]

    grad = np.concatenate((D1.ravel(order='F'), D2.ravel(order='F')))
    return J, grad


# In[8]:


if __name__ == "__main__":
    from scipy.io import loadmat
    data = loadmat('ex4data1.mat')
    weights = loadmat('ex4weights.mat')
    params = np.concatenate([weights['Theta1'].ravel(order='F'), weights['Theta2'].ravel(order='F')])
    print(nnCostFunction(params, 400, 25, 10, data['X'], data['y'], 1)[0])
