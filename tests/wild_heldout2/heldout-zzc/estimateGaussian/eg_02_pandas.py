# coding: utf-8

# In[3]:


import numpy as np
import pandas as pd


# In[9]:


def estimateGaussian(X):
    df = pd.DataFrame(X)
    mu = df.mean().as_matrix()
    sigma2 = df.var().as_matrix()
    return mu.reshape(-1, 1), sigma2.reshape(-1, 1)


# In[10]:


# mu, sigma2 = estimateGaussian(X)
