#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
from scipy.io import loadmat


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[5]:


# labels are shifted to start at 0 when the data is loaded (y - 1), so they
# can index the one-hot columns directly; thetas are flattened with ravel()

def nn_cost(params, input_size, hidden_size, num_labels, X, y, learning_rate):
    m = X.shape[0]
    theta1 = np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1))
    theta2 = np.reshape(params[hidden_size * (input_size + 1):], (num_labels, hidden_size + 1))

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2.dot(theta2.T)
    h = sigmoid(z3)

    y_onehot = np.zeros((m, num_labels))
    for i in range(m):
        y_onehot[i, y[i]] = 1

    first = np.multiply(-y_onehot, np.log(h))
    second = np.multiply(1 - y_onehot, np.log(1 - h))
    J = np.sum(first - second) / m
    J += (float(learning_rate) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    d3 = h - y_onehot
    d2 = d3.dot(theta2[:, 1:]) * sigmoid_gradient(z2)

    delta1 = d2.T.dot(a1) / m
    delta2 = d3.T.dot(a2) / m

    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * learning_rate) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * learning_rate) / m

    grad = np.concatenate((np.ravel(delta1), np.ravel(delta2)))
    return J, grad


# In[6]:


if __name__ == "__main__":
    data = loadmat('data/ex4data1.mat')
    X = data['X']
    y = data['y'] - 1
    input_size, hidden_size, num_labels = 400, 25, 10
    params = (np.random.random(size=hidden_size * (input_size + 1) + num_labels * (hidden_size + 1)) - 0.5) * 0.25
    print(nn_cost(params, input_size, hidden_size, num_labels, X, y, 1))
