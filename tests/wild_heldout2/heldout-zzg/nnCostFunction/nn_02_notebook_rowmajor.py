#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np


# In[3]:


def sigmoid(z):
    return 1/(1+np.exp(-z))


# In[4]:


def sigmoidGradient(z):
    return sigmoid(z)*(1-sigmoid(z))


# In[9]:


# params are packed with np.concatenate([Theta1.ravel(), Theta2.ravel()])
def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, K, X, y, Lambda):
    Theta1 = nn_params[0:hidden_layer_size*(input_layer_size+1)].reshape(hidden_layer_size, input_layer_size+1)
    Theta2 = nn_params[hidden_layer_size*(input_layer_size+1):].reshape(K, hidden_layer_size+1)

    m = X.shape[0]
    y = y.flatten()

    # recode labels as vectors of 0/1
    Y = np.zeros((m, K))
    for i in range(m):
        Y[i, y[i]-1] = 1

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    J = (1/m)*np.sum(-Y*np.log(h) - (1-Y)*np.log(1-h))
    J = J + (Lambda/(2*m))*(np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:])*sigmoidGradient(z2)

    D1 = d2.T.dot(a1)
    D2 = d3.T.dot(a2)

    Theta1_grad = D1/m
    Theta2_grad = D2/m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda/m)*Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda/m)*Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return J, grad


# In[10]:


if __name__ == "__main__":
    rng = np.random.RandomState(0)
    t = rng.randn(5*4 + 3*6)*0.1
    print(nnCostFunction(t, 3, 5, 3, rng.randn(4, 3), np.array([[1], [2], [3], [1]]), 1)[0])
