#!/usr/bin/env python
# coding: utf-8

# In[2]:


import numpy as np


# In[3]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[11]:


def sigmoidGradient(z):
    # derivative of the sigmoid: g'(z) = g(z)(1 - g(z))
    return z * (1 - z)


# In[12]:


# sigmoidGradient(np.array([-1, -0.5, 0, 0.5, 1]))
