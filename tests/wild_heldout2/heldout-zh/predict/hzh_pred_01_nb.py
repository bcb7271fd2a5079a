#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[15]:


def predict(theta, X):
    probability = sigmoid(X.dot(theta))
    return (probability > 0.5).astype(int)


# In[16]:


# p = predict(res.x, X)
# print('Train Accuracy: {}%'.format(np.mean(p == y.ravel()) * 100))
