#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# In[3]:


def unpack(params, n_in, n_hid, K):
    # weights are stored row by row: Theta1 first then Theta2
    t1 = params[:n_hid * (n_in + 1)].reshape(n_hid, n_in + 1)
    t2 = params[n_hid * (n_in + 1):].reshape(K, n_hid + 1)
    return t1, t2


# In[7]:


def cost(params, n_in, n_hid, K, X, y, reg):
    t1, t2 = unpack(params, n_in, n_hid, K)
    m = len(X)

    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ t1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    h = sigmoid(a2 @ t2.T)

    yk = np.zeros((m, K))
    for i, label in enumerate(y.flatten()):
        yk[i, label - 1] = 1

    J = -np.sum(yk * np.log(h) + (1 - yk) * np.log(1 - h)) / m
    J = J + reg / (2 * m) * (np.sum(t1[:, 1:] ** 2) + np.sum(t2[:, 1:] ** 2))

    # backprop, vectorised
    d3 = h - yk
    g = sigmoid(z2)
    d2 = (d3 @ t2[:, 1:]) * g * (1 - g)

    D1 = d2.T @ a1 / m
    D2 = d3.T @ a2 / m
    D1[:, 1:] = D1[:, 1:] + reg / m * t1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + reg / m * t2[:, 1:]

    return J, D1, D2


# In[8]:


if __name__ == "__main__":
    rng = np.random.RandomState(0)
    X = rng.rand(5, 3)
    y = np.array([1, 2, 3, 1, 2])
    p = rng.rand(5 * 4 + 3 * 6) - 0.5
    print(cost(p, 3, 5, 3, X, y, 1.0)[0])
