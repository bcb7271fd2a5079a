import numpy as np


def selectThreshold(yval, pval):
    """Find the best threshold (epsilon) for selecting outliers, by F1 on the
    cross-validation set. yval and pval are (m, 1) columns as loaded from
    ex8data1.mat (or flat, both work)."""
    yval = yval.ravel()
    pval = pval.ravel()

    bestEpsilon = 0
    bestF1 = 0

    # min(pval):stepsize:max(pval) has 1001 points
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            continue  # precision/recall undefined or zero -> F1 can't win

        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
