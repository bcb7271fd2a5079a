#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[2]:


input_layer_size = 400   # 20x20 Input Images of Digits
num_labels = 10          # 10 labels, from 1 to 10


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[14]:


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    X = np.hstack((np.ones((m, 1)), X))

    probs = np.zeros((m, num_labels))
    for c in range(num_labels):
        probs[:, c] = sigmoid(X.dot(all_theta[c, :]))

    return (np.argmax(probs, axis=1) + 1).reshape(m, 1)
