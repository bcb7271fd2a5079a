import numpy as np


def selectThreshold(yval, pval):
    """Find the best threshold epsilon for flagging anomalies, by F1 on the
    cross-validation set. Returns (bestEpsilon, bestF1)."""
    yval = yval.ravel()
    pval = pval.ravel()
    bestEpsilon = 0
    bestF1 = 0

    stepsize = (pval.max() - pval.min()) / 1000
    for i in range(1001):
        epsilon = pval.min() + i * stepsize
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            continue  # precision/recall undefined or zero: F1 cannot beat the best
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
