#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from scipy.special import expit


# In[2]:


def sigmoidGradient(z):
    return expit(z) * (1 - expit(z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)
    y_d = pd.get_dummies(y.flatten()).values

    a1 = np.c_[np.ones((m, 1)), X]
    z2 = a1.dot(theta1.T)
    a2 = np.c_[np.ones((m, 1)), expit(z2)]
    z3 = a2.dot(theta2.T)
    a3 = expit(z3)

    temp1 = np.multiply(y_d, np.log(a3))
    temp2 = np.multiply(1 - y_d, np.log(1 - a3))
    cost = np.sum(temp1 + temp2)

    sum1 = np.sum(np.sum(np.power(theta1[:, 1:], 2), axis=1))
    sum2 = np.sum(np.sum(np.power(theta2[:, 1:], 2), axis=1))

    J = np.sum(cost / (-m)) + (sum1 + sum2) * lmbda / (2 * m)

    # backprop
    d3 = a3 - y_d
    d2 = d3.dot(theta2[:, 1:]) * sigmoidGradient(z2)

    delta1 = d2.T.dot(a1)
    delta2 = d3.T.dot(a2)

    theta1_ = np.c_[np.ones((theta1.shape[0], 1)), theta1[:, 1:]]
    theta2_ = np.c_[np.ones((theta2.shape[0], 1)), theta2[:, 1:]]

    theta1_grad = delta1 / m + (theta1_ * lmbda) / m
    theta2_grad = delta2 / m + (theta2_ * lmbda) / m

    grad = np.r_[theta1_grad.ravel(order='F'), theta2_grad.ravel(order='F')]
    return J, grad


# In[8]:


# J, grad = nnCostFunction(params, 400, 25, 10, X, y, 1)
# print(J)
