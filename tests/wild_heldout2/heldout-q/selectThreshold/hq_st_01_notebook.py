#!/usr/bin/env python
# coding: utf-8

# ## 1.3 Selecting the threshold, epsilon

# In[14]:


import numpy as np


# In[15]:


def selectThreshold(yval, pval):
    bestEpsilon = 0
    bestF1 = 0

    yval = yval.ravel()
    pval = pval.ravel()

    stepsize = (pval.max() - pval.min()) / 1000
    for epsilon in np.arange(pval.min(), pval.max(), stepsize):
        predictions = (pval < epsilon)

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        if tp == 0:
            continue
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 >= bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1


# In[16]:


# epsilon, F1 = selectThreshold(yval, pval)
# print('Best epsilon found using cross-validation: %e' % epsilon)
# print('Best F1 on Cross Validation Set:  %f' % F1)
