# In[21]:


import numpy as np


# In[22]:


def select_threshold(yval, pval):
    """Find the best epsilon on the cross validation set.

    yval: ground truth straight from ex8data1.mat (Xval / yval), shape (m, 1)
    pval: densities of Xval from multivariate_gaussian, shape (m,)
    """
    best_epsilon = 0
    best_f1 = 0

    step = (pval.max() - pval.min()) / 1000
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        preds = pval < epsilon

        tp = np.sum(np.logical_and(preds == 1, yval == 1))
        fp = np.sum(np.logical_and(preds == 1, yval == 0))
        fn = np.sum(np.logical_and(preds == 0, yval == 1))

        if tp == 0:
            continue
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        f1 = 2 * prec * rec / (prec + rec)

        if f1 >= best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
