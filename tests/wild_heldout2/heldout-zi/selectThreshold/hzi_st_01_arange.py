import numpy as np


def select_threshold(yval, pval):
    """Find the best epsilon for flagging anomalies (p < epsilon) using F1."""
    yval = yval.ravel()
    best_epsilon = 0
    best_f1 = 0

    step = (max(pval) - min(pval)) / 1000
    for epsilon in np.arange(min(pval), max(pval), step):
        predictions = pval < epsilon

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        f1 = 2 * prec * rec / (prec + rec)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
