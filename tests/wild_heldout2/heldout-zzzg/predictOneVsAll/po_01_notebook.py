#!/usr/bin/env python
# coding: utf-8

# ## Part 2: one-vs-all prediction

# In[14]:


import numpy as np
from ex3utils import sigmoid, add_intercept


# In[21]:


def predictOneVsAll(all_theta, X):
    X = add_intercept(X)
    probs = sigmoid(np.dot(X, all_theta.T))
    # pick the classifier with the highest probability for every row
    p = np.argmax(probs, axis=1)
    return p.reshape(-1, 1)


# In[22]:


# pred = predictOneVsAll(all_theta, X)
# print('Training Set Accuracy: {:.2f}%'.format(np.mean(pred == y) * 100))
