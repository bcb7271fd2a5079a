import numpy as np


def selectThreshold(yval, pval):
    """Pick the density threshold epsilon with the best F1 on the validation set."""
    yval = np.asarray(yval).flatten()
    pval = np.asarray(pval).flatten()

    bestEpsilon = 0
    bestF1 = 0

    pmin, pmax = pval.min(), pval.max()
    stepsize = (pmax - pmin) / 1000
    if stepsize == 0:
        return bestEpsilon, bestF1

    for i in range(1001):
        epsilon = pmin + i * stepsize
        predictions = (pval < epsilon).astype(int)

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        if tp == 0:
            continue  # precision/recall undefined (0/0), F1 is NaN there
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
