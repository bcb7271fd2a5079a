#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:


# parameters are rolled with .ravel() (row by row) everywhere in this notebook
def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, reg):
    t1_size = hidden_size * (input_size + 1)
    theta1 = params[:t1_size].reshape(hidden_size, input_size + 1)
    theta2 = params[t1_size:].reshape(num_labels, hidden_size + 1)

    m = X.shape[0]
    ones = np.ones((m, 1))

    a1 = np.concatenate((ones, X), axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.concatenate((ones, sigmoid(z2)), axis=1)
    z3 = a2.dot(theta2.T)
    h = sigmoid(z3)

    y_onehot = np.zeros((m, num_labels))
    for i in range(m):
        y_onehot[i, y[i] - 1] = 1

    first = -y_onehot * np.log(h)
    second = (1 - y_onehot) * np.log(1 - h)
    J = np.sum(first - second) / m
    J = J + (reg / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    d3 = h - y_onehot
    d2 = d3.dot(theta2[:, 1:]) * sigmoid_gradient(z2)

    delta1 = d2.T.dot(a1)
    delta2 = d3.T.dot(a2)

    delta1 = delta1 / m
    delta2 = delta2 / m
    delta1[:, 1:] = delta1[:, 1:] + theta1[:, 1:] * reg / m
    delta2[:, 1:] = delta2[:, 1:] + theta2[:, 1:] * reg / m

    grad = np.concatenate((np.ravel(delta1), np.ravel(delta2)))
    return J, grad


# In[8]:


if __name__ == "__main__":
    np.random.seed(0)
    params = (np.random.random(size=5 * 4 + 3 * 6) - 0.5) * 0.25
    X = np.random.rand(5, 3)
    y = np.array([[1], [2], [3], [1], [2]])
    print(nn_cost_function(params, 3, 5, 3, X, y, 1))
