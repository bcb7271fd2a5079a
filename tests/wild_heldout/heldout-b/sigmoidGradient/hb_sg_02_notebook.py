#!/usr/bin/env python
# coding: utf-8

# # Neural Networks Learning (ex4)

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_derivative(a):
    # derivative of the sigmoid, written in terms of its output a = sigmoid(z)
    return a * (1.0 - a)


# ## 2.1 Sigmoid gradient

# In[3]:


def sigmoidGradient(z):
    return sigmoid_derivative(z)


# In[4]:


# print(sigmoidGradient(np.array([-1, -0.5, 0, 0.5, 1])))
