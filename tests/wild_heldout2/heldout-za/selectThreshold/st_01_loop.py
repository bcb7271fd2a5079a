import numpy as np


def selectThreshold(yval, pval):
    """Find the best threshold (epsilon) for selecting outliers.

    yval, pval: (m, 1) arrays as loaded from ex8data1.mat
    """
    yval = yval.ravel()
    pval = pval.ravel()

    bestEpsilon = 0
    bestF1 = 0

    stepsize = (pval.max() - pval.min()) / 1000
    n_steps = int(np.floor((pval.max() - pval.min()) / stepsize + 1e-10)) + 1 if stepsize > 0 else 0

    for i in range(n_steps):
        epsilon = pval.min() + i * stepsize
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
