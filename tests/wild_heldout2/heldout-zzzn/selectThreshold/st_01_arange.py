import numpy as np


def select_threshold(yval, pval):
    """Find the best threshold epsilon for anomaly detection using the F1 score."""
    yval = yval.ravel()
    pval = pval.ravel()

    best_epsilon = 0
    best_f1 = 0

    step = (pval.max() - pval.min()) / 1000
    for epsilon in np.arange(pval.min(), pval.max(), step):
        preds = pval <= epsilon

        tp = np.sum(preds & (yval == 1))
        fp = np.sum(preds & (yval == 0))
        fn = np.sum(~preds & (yval == 1))

        if tp == 0:
            continue
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        f1 = 2 * prec * rec / (prec + rec)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
