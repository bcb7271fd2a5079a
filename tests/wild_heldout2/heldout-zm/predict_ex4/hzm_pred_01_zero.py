#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
from scipy.special import expit


# In[7]:


# NOTE: labels in the .mat file are 1..10. In cell 3 I shift them once:
#   y = data['y'].ravel() - 1
# so everywhere in this notebook classes are 0..K-1 and output unit k is class k.


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    a1 = np.c_[np.ones(m), X]
    a2 = np.c_[np.ones(m), expit(a1 @ Theta1.T)]
    a3 = expit(a2 @ Theta2.T)
    return np.argmax(a3, axis=1)   # class index 0..K-1


# In[8]:


# pred = predict(Theta1, Theta2, X)
# print('Training Set Accuracy: {}'.format(np.mean(pred == y.ravel()) * 100))
