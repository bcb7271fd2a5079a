#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning
# Digits are relabelled 0..9 when the data is loaded (the `10` of the .mat file becomes `0`),
# and the weights are unrolled with `np.concatenate([Theta1.ravel(), Theta2.ravel()])`.

# In[1]:


import numpy as np


# In[2]:


BIAS = 1


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[7]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)
    m = len(X)

    # y is 0..num_labels-1 so it can index the columns directly
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y.flatten()] = 1

    a1 = np.c_[BIAS * np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[BIAS * np.ones(m), sigmoid(z2)]
    h = sigmoid(a2.dot(Theta2.T))

    J = (-1 / m) * np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h))
    J = J + (lmbda / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lmbda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lmbda / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return J, grad


# In[8]:


if __name__ == "__main__":
    w = np.sin(np.arange(1, 4 * 3 + 3 * 4 + 1)) / 10
    Xs = np.cos(np.arange(1, 7)).reshape(2, 3)
    print(nnCostFunction(w, 3, 3, 3, Xs, np.array([[0], [2]]), 1.0)[0])
