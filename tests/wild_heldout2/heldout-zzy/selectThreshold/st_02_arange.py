import numpy as np


def select_threshold(yval, pval):
    best_epsilon = 0
    best_f1 = 0
    f1 = 0

    yval = yval.ravel()
    pval = pval.ravel()

    step = (max(pval) - min(pval)) / 1000
    for epsilon in np.arange(min(pval), max(pval), step):
        preds = pval < epsilon

        tp = np.sum((preds == 1) & (yval == 1))
        fp = np.sum((preds == 1) & (yval == 0))
        fn = np.sum((preds == 0) & (yval == 1))

        if tp == 0:
            continue
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = (2 * precision * recall) / (precision + recall)

        if f1 >= best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
