#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 4: Neural Networks Learning

# In[1]:


import numpy as np
from scipy.io import loadmat
import scipy.optimize as opt


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[3]:


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), 'F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), 'F')
    m = len(y)

    ones = np.ones((m, 1))
    a1 = np.hstack((ones, X))
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.hstack((ones, a2))
    h = sigmoid(a2 @ Theta2.T)

    y_d = np.zeros((m, num_labels))
    for i in range(m):
        y_d[i, y[i] - 1] = 1

    temp1 = np.multiply(y_d, np.log(h))
    temp2 = np.multiply(1 - y_d, np.log(1 - h))
    temp3 = np.sum(temp1 + temp2)

    sum1 = np.sum(np.sum(np.power(Theta1[:, 1:], 2), axis=1))
    sum2 = np.sum(np.sum(np.power(Theta2[:, 1:], 2), axis=1))

    J = np.sum(temp3 / (-m)) + (sum1 + sum2) * lmbda / (2 * m)

    # backpropagation
    d3 = h - y_d
    d2 = (d3 @ Theta2[:, 1:]) * sigmoidGradient(a2[:, 1:])

    Theta1_grad = (d2.T @ a1) / m
    Theta2_grad = (d3.T @ a2) / m

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lmbda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lmbda / m) * Theta2[:, 1:]

    grad = np.hstack((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad


# In[8]:


if __name__ == "__main__":
    data = loadmat('ex4data1.mat')
    X, y = data['X'], data['y']
    weights = loadmat('ex4weights.mat')
    nn_params = np.hstack((weights['Theta1'].ravel(order='F'), weights['Theta2'].ravel(order='F')))
    J, _ = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
    print(J)
