#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[9]:


# X here is the design matrix with the intercept column already added
# (X = np.insert(data, 0, 1, axis=1)), and the classifiers were trained for
# classes 0..K-1 (digit "0" stored as class 0 instead of 10).
def predict_one_vs_all(all_theta, X):
    probs = sigmoid(X.dot(all_theta.T))
    return np.argmax(probs, axis=1)
