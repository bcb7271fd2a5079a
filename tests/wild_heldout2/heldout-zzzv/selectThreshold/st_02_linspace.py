import numpy as np


def selectThreshold(yval, pval):
    yval = np.asarray(yval).flatten()
    pval = np.asarray(pval).flatten()

    bestEpsilon = 0
    bestF1 = 0

    # same 1001 thresholds as min(pval):stepsize:max(pval)
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        cvPredictions = pval < epsilon

        tp = np.sum(cvPredictions & (yval == 1))
        fp = np.sum(cvPredictions & (yval == 0))
        fn = np.sum(~cvPredictions & (yval == 1))

        with np.errstate(divide='ignore', invalid='ignore'):
            prec = np.float64(tp) / (tp + fp)
            rec = np.float64(tp) / (tp + fn)
            F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
