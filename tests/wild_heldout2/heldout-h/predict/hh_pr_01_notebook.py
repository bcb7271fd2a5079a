#!/usr/bin/env python
# coding: utf-8

# # Neural network prediction (ex4)

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[7]:


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    a1 = np.insert(X, 0, 1, axis=1)
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.insert(a2, 0, 1, axis=1)
    a3 = sigmoid(a2 @ Theta2.T)
    p = np.argmax(a3, axis=1) + 1
    return p.reshape(m, 1)


# In[8]:


# pred = predict(Theta1, Theta2, X)
# print('Training Set Accuracy: %f' % (np.mean(pred == y) * 100))
