#!/usr/bin/env python
# coding: utf-8

# ## 2.3 Dimensionality Reduction with PCA

# In[14]:


import numpy as np


# In[17]:


def projectData(X, U, K):
    return X.dot(U[:, :K])


# In[18]:


def recoverData(Z, U, K):
    U_reduce = U[:K, :]
    X_rec = Z.dot(U_reduce)
    return X_rec


# In[19]:


if __name__ == "__main__":
    U_demo = np.array([[-0.707107, -0.707107], [-0.707107, 0.707107]])
    Z_demo = np.array([[1.481274]])
    print(recoverData(Z_demo, U_demo, 1))
