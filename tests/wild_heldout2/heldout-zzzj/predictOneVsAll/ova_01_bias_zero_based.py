# coding: utf-8

# In[14]:


import numpy as np
import pandas as pd


# In[15]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[22]:


def predict_all(all_theta, X):
    """One-vs-all prediction.

    X must already contain the intercept column (we inserted it when the data
    was loaded: X = np.insert(X, 0, values=np.ones(rows), axis=1)).
    Row k of all_theta is the classifier for class k, so the returned labels
    are the class indices 0..K-1 (digit "0" was remapped from 10 to 0 above).
    """
    X = np.asarray(X)
    h = sigmoid(X @ all_theta.T)
    h_argmax = np.argmax(h, axis=1)
    return h_argmax
