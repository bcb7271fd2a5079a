# coding: utf-8

# In[21]:


import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[22]:


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    h1 = sigmoid(np.hstack((np.ones((m, 1)), X)) @ Theta1.T)
    h2 = sigmoid(np.hstack((np.ones((m, 1)), h1)) @ Theta2.T)
    # column with the highest output unit is the predicted digit
    p = pd.DataFrame(h2).idxmax(axis=1).values
    return p


# In[23]:


# pred = predict(Theta1, Theta2, X)
# print('Training Set Accuracy:', np.mean(pred == y.ravel()) * 100)
