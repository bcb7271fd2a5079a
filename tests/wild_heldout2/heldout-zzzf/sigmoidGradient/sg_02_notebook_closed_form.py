#!/usr/bin/env python
# coding: utf-8

# In[4]:


import numpy as np


# In[5]:


def sigmoidGradient(z):
    # derivative of 1/(1+e^-z) worked out by hand: e^-z / (1+e^-z)^2
    e = np.exp(-z)
    return e / (1 + e) ** 2


# In[6]:


# sigmoidGradient(np.array([-1, -0.5, 0, 0.5, 1]))
