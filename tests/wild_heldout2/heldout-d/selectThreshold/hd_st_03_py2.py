import numpy as np


def selectThreshold(yval, pval):
    yval = yval.flatten()
    pval = pval.flatten()

    bestEpsilon = 0
    bestF1 = 0
    F1 = 0

    stepsize = (pval.max() - pval.min()) / 1000
    for epsilon in np.arange(pval.min(), pval.max() + stepsize / 2, stepsize):
        cvPredictions = pval < epsilon

        tp = np.sum(np.logical_and(cvPredictions == 1, yval == 1))
        fp = np.sum(np.logical_and(cvPredictions == 1, yval == 0))
        fn = np.sum(np.logical_and(cvPredictions == 0, yval == 1))

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

    print 'Best epsilon found using cross-validation: %e' % bestEpsilon
    print 'Best F1 on Cross Validation Set:  %f' % bestF1
    return bestEpsilon, bestF1
