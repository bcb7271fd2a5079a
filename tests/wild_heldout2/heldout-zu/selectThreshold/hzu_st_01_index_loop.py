import numpy as np


def select_threshold(yval, pval):
    """Best epsilon (and its F1) for flagging anomalies with p < epsilon."""
    yval = yval.ravel()
    pval = pval.ravel()

    best_epsilon = 0
    best_f1 = 0

    p_min, p_max = pval.min(), pval.max()
    stepsize = (p_max - p_min) / 1000
    for i in range(1001):
        epsilon = p_min + i * stepsize

        predictions = pval < epsilon
        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        with np.errstate(divide='ignore', invalid='ignore'):
            prec = tp / (tp + fp)
            rec = tp / (tp + fn)
            f1 = 2 * prec * rec / (prec + rec)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
