#!/usr/bin/env python
# coding: utf-8

# ## Anomaly detection

# In[1]:


import numpy as np
import scipy.io as sio


# In[4]:


def estimateGaussian(X):
    m, n = X.shape
    mu = np.mean(X, axis=0)
    # same as var() in MATLAB
    sigma2 = np.var(X, axis=0, ddof=1)
    return mu, sigma2


# In[5]:


# data = sio.loadmat('ex8data1.mat')
# X = data['X']
# mu, sigma2 = estimateGaussian(X)
