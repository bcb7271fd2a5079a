#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[15]:


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    h1 = sigmoid(np.hstack((np.ones((m, 1)), X)) @ Theta1.T)
    h2 = sigmoid(np.hstack((h1, np.ones((m, 1)))) @ Theta2.T)
    p = np.argmax(h2, axis=1) + 1
    return p
