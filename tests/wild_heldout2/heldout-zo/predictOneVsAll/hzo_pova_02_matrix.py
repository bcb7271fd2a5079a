#!/usr/bin/env python
# coding: utf-8

# In[31]:


import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[35]:


def predict_all(X, all_theta):
    rows = X.shape[0]

    # same as before, insert ones to match the shape
    X = np.insert(X, 0, values=np.ones(rows), axis=1)

    X = np.matrix(X)
    all_theta = np.matrix(all_theta)

    # compute the class probability for each class on each training instance
    h = sigmoid(X * all_theta.T)

    # create array of the index with the maximum probability
    h_argmax = np.argmax(h, axis=1)

    return h_argmax


# In[36]:


# y_pred = predict_all(data['X'], all_theta)
# correct = [1 if a == b else 0 for (a, b) in zip(y_pred, data['y'])]
