import numpy as np


def selectThreshold(yval, pval):
    bestEpsilon = 0
    bestF1 = 0
    F1 = 0

    stepsize = (max(pval) - min(pval)) / 1000.0

    for i in xrange(1001):
        epsilon = min(pval) + i * stepsize

        predictions = pval <= epsilon

        tp = np.sum(np.logical_and(predictions == 1, yval == 1))
        fp = np.sum(np.logical_and(predictions == 1, yval == 0))
        fn = np.sum(np.logical_and(predictions == 0, yval == 1))

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

    print "Best epsilon found: %e, F1: %f" % (bestEpsilon, bestF1)
    return bestEpsilon, bestF1
