#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np


# In[5]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[9]:


# params are flattened with numpy's default order everywhere in this notebook:
#   nn_params = np.concatenate([Theta1.ravel(), Theta2.ravel()])
def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    y_matrix = np.eye(num_labels)[y.flatten() - 1]

    J = (-1 / m) * np.sum(y_matrix * np.log(h) + (1 - y_matrix) * np.log(1 - h))
    J = J + (lmbda / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = h - y_matrix
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Delta1 = d2.T.dot(a1)
    Delta2 = d3.T.dot(a2)

    Theta1_ = np.c_[np.zeros(hidden_layer_size), Theta1[:, 1:]]
    Theta2_ = np.c_[np.zeros(num_labels), Theta2[:, 1:]]

    Theta1_grad = Delta1 / m + (lmbda / m) * Theta1_
    Theta2_grad = Delta2 / m + (lmbda / m) * Theta2_

    return J, Theta1_grad, Theta2_grad


# In[10]:


if __name__ == "__main__":
    Theta1 = np.sin(np.arange(1, 16)).reshape(5, 3) / 10
    Theta2 = np.cos(np.arange(1, 19)).reshape(3, 6) / 10
    params = np.concatenate([Theta1.ravel(), Theta2.ravel()])
    X = np.sin(np.arange(1, 11)).reshape(5, 2)
    y = np.array([[1], [2], [3], [1], [2]])
    print(nn_cost_function(params, 2, 5, 3, X, y, 1)[0])
