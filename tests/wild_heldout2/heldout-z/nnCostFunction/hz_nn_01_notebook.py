#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 4: Neural Networks Learning

# In[1]:


import numpy as np
from scipy.io import loadmat


# In[2]:


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    # unroll the weights back (matlab is column-major so order='F')
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # feedforward
    a1 = np.concatenate([np.ones((m, 1)), X], axis=1)
    z2 = a1.dot(Theta1.T)
    a2 = np.concatenate([np.ones((m, 1)), sigmoid(z2)], axis=1)
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    # y comes from loadmat as (5000,1) uint8 with labels 1..10
    y_matrix = np.zeros((m, num_labels))
    for i in range(m):
        y_matrix[i, int(y.flat[i]) - 1] = 1

    J = (-1 / m) * np.sum(y_matrix * np.log(h) + (1 - y_matrix) * np.log(1 - h))
    J += (lambda_ / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = h - y_matrix
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Delta1 = d2.T.dot(a1)
    Delta2 = d3.T.dot(a2)

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])
    return J, grad


# In[6]:


if __name__ == "__main__":
    data = loadmat('ex4data1.mat')
    X, y = data['X'], data['y']
    weights = loadmat('ex4weights.mat')
    nn_params = np.concatenate([weights['Theta1'].ravel(order='F'), weights['Theta2'].ravel(order='F')])
    J, _ = nnCostFunction(nn_params, 400, 25, 10, X, y, 1)
    print('Cost at parameters (loaded from ex4weights): %f' % J)
