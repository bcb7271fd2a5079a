# coding: utf-8

# In[1]:

import numpy as np
import scipy.io as sio


# In[7]:

def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# In[15]:

def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    p = np.zeros((m, 1))

    # Add ones to the X data matrix
    X = np.column_stack((np.ones((m, 1)), X))

    probs = sigmoid(np.dot(X, all_theta.T))
    p = np.argmax(probs, axis=1)

    return p


# In[16]:

# pred = predictOneVsAll(all_theta, X)
# print('Training Set Accuracy: {:.2f}%'.format(np.mean(pred == y.ravel()) * 100))
