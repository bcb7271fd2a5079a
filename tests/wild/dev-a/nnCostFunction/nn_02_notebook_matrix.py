#!/usr/bin/env python
# coding: utf-8

# # Programming Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
from scipy.optimize import minimize


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[3]:


def sigmoid_gradient(z):
    return np.multiply(sigmoid(z), (1 - sigmoid(z)))


# In[4]:


# initial setup
input_size = 400
hidden_size = 25
num_labels = 10
learning_rate = 1


# In[5]:


def forward_propagate(X, theta1, theta2):
    m = X.shape[0]
    ones = np.matrix(np.ones((m, 1)))

    a1 = np.hstack((ones, X))
    z2 = a1 * theta1.T
    a2 = np.hstack((ones, sigmoid(z2)))
    z3 = a2 * theta2.T
    h = sigmoid(z3)

    return a1, z2, a2, z3, h


# In[6]:


def backprop(params, input_size, hidden_size, num_labels, X, y, learning_rate):
    m = X.shape[0]
    X = np.matrix(X)

    # one-hot encode the labels (1..num_labels)
    y_onehot = np.matrix(np.zeros((m, num_labels)))
    for i, label in enumerate(np.ravel(y)):
        y_onehot[i, label - 1] = 1

    # reshape the parameter array into parameter matrices for each layer
    # (column-major, the way matlab unrolls Theta1(:) ; Theta2(:))
    theta1 = np.matrix(np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1), order='F'))
    theta2 = np.matrix(np.reshape(params[hidden_size * (input_size + 1):], (num_labels, hidden_size + 1), order='F'))

    a1, z2, a2, z3, h = forward_propagate(X, theta1, theta2)

    # cost
    first_term = np.multiply(-y_onehot, np.log(h))
    second_term = np.multiply((1 - y_onehot), np.log(1 - h))
    J = np.sum(first_term - second_term) / m
    J += (float(learning_rate) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    # backpropagation
    d3 = h - y_onehot                                            # (m, 10)
    d2 = np.multiply(d3 * theta2[:, 1:], sigmoid_gradient(z2))   # (m, 25)

    delta1 = (d2.T * a1) / m    # (25, 401)
    delta2 = (d3.T * a2) / m    # (10, 26)

    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * learning_rate) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * learning_rate) / m

    # unravel column by column again (.T.A1 == ravel order F)
    grad = np.concatenate((delta1.T.A1, delta2.T.A1))

    return J, grad


# In[7]:


if __name__ == "__main__":
    # small random network, just to see it runs
    params = (np.random.random(size=hidden_size * (input_size + 1) + num_labels * (hidden_size + 1)) - 0.5) * 0.25
    X = np.random.rand(20, input_size)
    y = np.random.randint(1, num_labels + 1, size=(20, 1))
    J, grad = backprop(params, input_size, hidden_size, num_labels, X, y, learning_rate)
    print(J, grad.shape)
