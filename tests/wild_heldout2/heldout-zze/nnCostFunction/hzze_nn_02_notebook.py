#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np


# In[2]:


# digits 0..9 are stored as labels 0..9 (no "10 means 0" remapping)
NUM_LABELS = 10


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # params were unrolled with np.concatenate((Theta1.ravel(), Theta2.ravel()))
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # labels are 0..num_labels-1
    y_mat = np.zeros((m, num_labels))
    for i in range(m):
        y_mat[i, y[i]] = 1

    J = (1 / m) * np.sum(-y_mat * np.log(a3) - (1 - y_mat) * np.log(1 - a3))
    J = J + (lmbda / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    # backprop
    d3 = a3 - y_mat
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = (1 / m) * d2.T.dot(a1)
    Theta2_grad = (1 / m) * d3.T.dot(a2)

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lmbda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lmbda / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(), Theta2_grad.ravel()))

    return J, grad


# In[8]:


if __name__ == "__main__":
    rng = np.random.RandomState(0)
    X_demo = rng.rand(5, 4)
    y_demo = np.array([0, 1, 2, 9, 3])
    p = rng.rand(5 * 5 + NUM_LABELS * 6) - 0.5
    print(nnCostFunction(p, 4, 5, NUM_LABELS, X_demo, y_demo, 1)[0])
