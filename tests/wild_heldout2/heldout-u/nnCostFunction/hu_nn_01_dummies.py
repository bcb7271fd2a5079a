# coding: utf-8
# ex4 - neural network cost function (converted from my notebook)

import numpy as np
import pandas as pd


# In[3]:

def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    s = sigmoid(z)
    return s * (1 - s)


# In[7]:

def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # unroll params (matlab stores column by column -> order='F')
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[t1_size:].reshape((num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    # one hot encoding of y
    Y = np.array(pd.get_dummies(y.ravel()), dtype=float)

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])
    return J, grad


# In[8]:

if __name__ == "__main__":
    # quick sanity check with tiny random net
    il, hl, nl = 3, 5, 3
    params = np.sin(np.arange(1, hl * (il + 1) + nl * (hl + 1) + 1)) / 10
    Xs = np.cos(np.arange(15)).reshape(5, 3)
    ys = np.array([[1], [2], [3], [1], [2]], dtype=np.uint8)
    print(nnCostFunction(params, il, hl, nl, Xs, ys, 1.0))
