import numpy as np


def select_threshold(yval, pval):
    """Find the best threshold epsilon for flagging outliers (highest F1)."""
    yval = yval.ravel()
    pval = pval.ravel()

    best_epsilon = 0.0
    best_f1 = 0.0

    step = (pval.max() - pval.min()) / 1000.0
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        preds = pval <= epsilon

        tp = np.sum(preds & (yval == 1))
        fp = np.sum(preds & (yval == 0))
        fn = np.sum(~preds & (yval == 1))

        if tp == 0:
            continue
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 >= best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
