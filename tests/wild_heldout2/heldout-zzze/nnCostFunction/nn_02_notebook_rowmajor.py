#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning
# Labels are shifted to 0..9 when the data is loaded (y = y.ravel() - 1) so they
# can index arrays directly; weights are unrolled with np.ravel().

# In[1]:


import numpy as np
from scipy.special import expit


# In[5]:


def sigmoid_grad(z):
    return expit(z) * (1 - expit(z))


# In[9]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(theta1.T)
    a2 = np.c_[np.ones(m), expit(z2)]
    z3 = a2.dot(theta2.T)
    h = expit(z3)

    # y already 0-based
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y] = 1

    J = (-1.0 / m) * np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h))
    J = J + (lmbda / (2.0 * m)) * (np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:])))

    d3 = h - Y
    d2 = d3.dot(theta2[:, 1:]) * sigmoid_grad(z2)

    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m

    D1[:, 1:] = D1[:, 1:] + (lmbda / m) * theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + (lmbda / m) * theta2[:, 1:]

    grad = np.concatenate((D1.ravel(), D2.ravel()))
    return J, grad


# In[10]:


if __name__ == "__main__":
    t1 = np.sin(np.arange(1, 16)).reshape(5, 3) / 10
    t2 = np.cos(np.arange(1, 19)).reshape(3, 6) / 10
    X_demo = np.cos(np.arange(1, 11)).reshape(5, 2)
    y_demo = np.array([0, 1, 2, 0, 1])
    print(nnCostFunction(np.r_[t1.ravel(), t2.ravel()], 2, 5, 3, X_demo, y_demo, 1)[0])
