import numpy as np


def selectThreshold(yval, pval):
    """
    Find the best threshold (epsilon) to use for selecting outliers based on
    the results from a validation set (pval) and the ground truth (yval).
    """
    yval = yval.ravel()
    pval = pval.ravel()

    bestEpsilon = 0
    bestF1 = 0

    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        with np.errstate(divide='ignore', invalid='ignore'):
            prec = tp / (tp + fp)
            rec = tp / (tp + fn)
            F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
