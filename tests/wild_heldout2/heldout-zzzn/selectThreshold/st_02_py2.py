import numpy as np


def selectThreshold(yval, pval):
    """
    Find the best threshold (epsilon) to use for selecting outliers,
    based on the F1 score on the cross validation set.
    """
    bestEpsilon = 0
    bestF1 = 0

    stepsize = (max(pval) - min(pval)) / 1000
    for epsilon in np.linspace(min(pval), max(pval), 1001):
        predictions = (pval < epsilon)

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        if tp + fp == 0 or tp + fn == 0:
            continue
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        if prec + rec == 0:
            continue
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    print "Best epsilon found using cross-validation: %e" % bestEpsilon
    return bestEpsilon, bestF1
