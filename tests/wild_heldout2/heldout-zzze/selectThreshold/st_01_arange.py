import numpy as np


def selectThreshold(yval, pval):
    yval = yval.ravel()
    pval = pval.ravel()

    bestEpsilon = 0
    bestF1 = 0

    stepsize = (np.max(pval) - np.min(pval)) / 1000
    for epsilon in np.arange(np.min(pval), np.max(pval), stepsize):
        predictions = pval < epsilon

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        with np.errstate(divide='ignore', invalid='ignore'):
            prec = np.float64(tp) / (tp + fp)
            rec = np.float64(tp) / (tp + fn)
            F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
