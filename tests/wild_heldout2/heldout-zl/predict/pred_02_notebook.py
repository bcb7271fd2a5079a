#!/usr/bin/env python
# coding: utf-8

# ## Part 3: Neural network prediction with the trained weights

# In[1]:


import numpy as np
from utils.sigmoid import sigmoid


# In[7]:


def add_bias(A):
    return np.hstack((np.ones((A.shape[0], 1)), A))


# In[8]:


def predict(Theta1, Theta2, X):
    a2 = sigmoid(add_bias(X).dot(Theta1.T))
    a3 = sigmoid(add_bias(a2).dot(Theta2.T))
    # labels are 1..K in the .mat file, argmax is 0-based
    return np.argmax(a3, axis=1) + 1
