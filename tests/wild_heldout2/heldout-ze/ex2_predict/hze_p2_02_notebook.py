#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np

THRESHOLD = 0.5


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[23]:


def predict(theta, X):
    '''Predict whether the label is 0 or 1 using learned logistic
    regression parameters theta'''
    h = sigmoid(np.dot(X, theta))
    p = (h >= THRESHOLD).astype(int)
    return p


# In[24]:


# p = predict(res.x, X)
# print('Train Accuracy: {:.1f} %'.format(np.mean(p == y) * 100))
