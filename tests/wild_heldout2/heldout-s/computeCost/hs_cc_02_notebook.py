#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd


# In[3]:


# data = pd.read_csv('ex1data1.txt', header=None, names=['Population', 'Profit'])
# X = np.c_[np.ones(len(data)), data['Population'].values]
# y = data['Profit'].values
# theta = np.zeros(2)


# ### Computing the cost $J(\theta)$

# In[4]:


def computeCost(X, y, theta):
    m = len(y)
    error = np.dot(X, theta) - y
    J = np.sum(np.square(error)) / 2*m
    return J


# In[5]:


# computeCost(X, y, theta)  # expected 32.07
