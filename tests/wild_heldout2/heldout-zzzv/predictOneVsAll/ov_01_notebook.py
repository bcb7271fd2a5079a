#!/usr/bin/env python
# coding: utf-8

# ## Multi-class classification: one-vs-all

# In[1]:


import numpy as np


# In[2]:


input_layer_size = 400  # 20x20 input images of digits
num_labels = 10         # 10 labels, from 1 to 10 ("0" is mapped to label 10)


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[21]:


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    X = np.hstack((np.ones((m, 1)), X))

    probs = np.zeros((m, num_labels))
    for c in range(num_labels):
        probs[:, c] = sigmoid(X.dot(all_theta[c, :]))

    p = np.argmax(probs, axis=1)
    return p


# In[22]:


# pred = predictOneVsAll(all_theta, X)
# print('Training Set Accuracy: %f' % (np.mean(pred == y.ravel()) * 100))
