import numpy as np


def selectThreshold(yval, pval):
    """Find the best epsilon for flagging anomalies (F1 on the CV set)."""
    yval = yval.ravel()
    pval = pval.ravel()

    best_epsilon = 0
    best_f1 = 0

    stepsize = (pval.max() - pval.min()) / 1000
    for k in range(1001):
        epsilon = pval.min() + k * stepsize
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            # precision/recall undefined or zero: F1 cannot beat the best
            continue
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        f1 = 2 * prec * rec / (prec + rec)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
