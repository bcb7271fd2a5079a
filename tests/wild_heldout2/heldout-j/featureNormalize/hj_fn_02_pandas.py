# In[3]:


import numpy as np
import pandas as pd


# In[9]:


def featureNormalize(X):
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values


# In[10]:


# data = pd.read_csv('ex1data2.txt', header=None)
# X_norm, mu, sigma = featureNormalize(data.iloc[:, :2].values)
