#!/usr/bin/env python
# coding: utf-8

# ex8 - anomaly detection

# In[1]:


import numpy as np


# In[7]:


def selectThreshold(yval, pval):
    pval = pval.flatten()
    bestEpsilon = 0
    bestF1 = 0
    F1 = 0

    stepsize = (np.max(pval) - np.min(pval)) / 1000
    for epsilon in np.arange(np.min(pval), np.max(pval), stepsize):
        predictions = (pval < epsilon)

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        if tp == 0:
            continue
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1


# In[8]:


# epsilon, F1 = selectThreshold(yval, pval)
# print('Best epsilon found using cross-validation: %e' % epsilon)
