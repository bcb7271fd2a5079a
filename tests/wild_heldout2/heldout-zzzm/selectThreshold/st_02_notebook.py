#!/usr/bin/env python
# coding: utf-8

# ### 1.3 Selecting the threshold, epsilon

# In[21]:


import numpy as np


# In[22]:


def select_threshold(yval, pval):
    pval = pval.flatten()
    best_epsilon = 0
    best_f1 = 0

    step = (pval.max() - pval.min()) / 1000
    for i in range(1000):
        epsilon = pval.min() + i * step
        preds = pval < epsilon

        tp = np.sum(np.logical_and(preds == 1, yval == 1)).astype(float)
        fp = np.sum(np.logical_and(preds == 1, yval == 0)).astype(float)
        fn = np.sum(np.logical_and(preds == 0, yval == 1)).astype(float)

        if tp + fp == 0 or tp + fn == 0:
            continue
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        if precision + recall == 0:
            continue
        f1 = (2 * precision * recall) / (precision + recall)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1


# In[23]:


# epsilon, f1 = select_threshold(yval, pval)
# print('Best epsilon found using cross-validation: %e' % epsilon)
