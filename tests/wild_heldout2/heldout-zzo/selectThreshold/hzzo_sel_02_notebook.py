#!/usr/bin/env python
# coding: utf-8

# In[21]:


import numpy as np


# In[27]:


def selectThreshold(yval, pval):
    bestEpsilon = 0
    bestF1 = 0
    F1 = 0

    stepsize = (max(pval) - min(pval)) / 1000
    for epsilon in np.linspace(min(pval), max(pval), 1001):
        predictions = (pval <= epsilon)

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1


# In[28]:


# epsilon, F1 = selectThreshold(yval, pval)
# print('Best epsilon found using cross-validation: %e' % epsilon)
