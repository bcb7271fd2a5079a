#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# ## Gradient checking helpers

# In[14]:


def debugInitializeWeights(fan_out, fan_in):
    # numbers go down the columns in matlab, so fill (1+fan_in, fan_out) row by row and transpose
    n = fan_out * (1 + fan_in)
    W = np.sin(np.arange(1, n + 1)).reshape(1 + fan_in, fan_out).T / 10
    return W


# In[15]:


# Theta1 = debugInitializeWeights(5, 3)
# Theta2 = debugInitializeWeights(3, 5)
