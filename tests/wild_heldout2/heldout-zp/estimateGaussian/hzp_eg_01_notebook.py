#!/usr/bin/env python
# coding: utf-8

# # Anomaly detection

# In[1]:


import numpy as np
import scipy.io as sio


# In[4]:


def estimateGaussian(X):
    # maximum likelihood estimates, one per feature (column)
    mu = X.mean(axis=0)
    sigma2 = X.var(axis=0)
    return mu, sigma2


# In[5]:


# data = sio.loadmat('ex8data1.mat')
# mu, sigma2 = estimateGaussian(data['X'])
