import numpy as np


def selectThreshold(yval, pval):
    """Find the best threshold (epsilon) to use for selecting outliers."""
    yval = yval.ravel()
    pval = pval.ravel()

    bestEpsilon = 0
    bestF1 = 0

    for epsilon in np.linspace(np.min(pval), np.max(pval), 1001):
        # anything at or below epsilon is flagged as an anomaly
        predictions = pval <= epsilon

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        with np.errstate(divide='ignore', invalid='ignore'):
            prec = tp / (tp + fp)
            rec = tp / (tp + fn)
            F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
