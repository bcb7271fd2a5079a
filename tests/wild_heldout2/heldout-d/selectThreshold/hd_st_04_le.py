import numpy as np


def select_threshold(yval, pval):
    """Choose epsilon maximising F1 on the cross-validation set.

    yval : (m,) or (m, 1) array of 0/1 labels
    pval : (m,) or (m, 1) array of probabilities
    """
    yval = np.ravel(yval).astype(bool)
    pval = np.ravel(pval)

    best_epsilon, best_f1 = 0.0, 0.0
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        anomalies = pval <= epsilon

        tp = np.count_nonzero(anomalies & yval)
        fp = np.count_nonzero(anomalies & ~yval)
        fn = np.count_nonzero(~anomalies & yval)

        if tp == 0:
            continue
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1, best_epsilon = f1, epsilon

    return best_epsilon, best_f1
