import numpy as np


def selectThreshold(yval, pval):
    bestEpsilon = 0
    bestF1 = 0
    F1 = 0

    stepsize = (max(pval) - min(pval)) / 1000
    for i in xrange(1000):
        epsilon = min(pval) + i * stepsize
        predictions = (pval < epsilon)

        tp = np.sum(np.logical_and(predictions == 1, yval == 1))
        fp = np.sum(np.logical_and(predictions == 1, yval == 0))
        fn = np.sum(np.logical_and(predictions == 0, yval == 1))

        if tp == 0:
            continue
        prec = float(tp) / (tp + fp)
        rec = float(tp) / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    print "Best epsilon found:", bestEpsilon, "F1:", bestF1
    return bestEpsilon, bestF1
