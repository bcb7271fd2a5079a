#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return np.multiply(g, 1 - g)


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    nn_params = np.matrix(nn_params).reshape(-1, 1)
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    X = np.matrix(X)
    m = X.shape[0]
    y = np.array(y).flatten()

    # recode labels as vectors of 0s and 1s
    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    # Part 1: feedforward + cost
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    a3 = sigmoid(z3)

    J = -np.sum(np.multiply(Y, np.log(a3)) + np.multiply(1 - Y, np.log(1 - a3))) / m
    J = J + Lambda / (2.0 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    # Part 2: backpropagation, one example at a time
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)
    for t in range(1, m):
        d3 = a3[t, :] - Y[t, :]
        d2 = np.multiply(d3 * Theta2[:, 1:], sigmoidGradient(z2[t, :]))
        Delta1 = Delta1 + d2.T * a1[t, :]
        Delta2 = Delta2 + d3.T * a2[t, :]

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m

    # Part 3: regularization
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.A.ravel(order='F'), Theta2_grad.A.ravel(order='F')))
    return J, grad


# In[10]:


if __name__ == "__main__":
    from scipy.io import loadmat
    data = loadmat('ex4data1.mat')
    weights = loadmat('ex4weights.mat')
    params = np.concatenate((weights['Theta1'].ravel(order='F'), weights['Theta2'].ravel(order='F')))
    J, grad = nnCostFunction(params, 400, 25, 10, data['X'], data['y'], 1)
    print(J)
