import numpy as np


def selectThreshold(yval, pval):
    best_epsilon = 0
    best_f1 = 0
    f1 = 0

    yval = yval.ravel()
    pval = pval.ravel()
    step_size = (np.max(pval) - np.min(pval)) / 1000
    for epsilon in np.arange(np.min(pval), np.max(pval), step_size):
        preds = pval < epsilon

        tp = np.sum(np.logical_and(preds == 1, yval == 1)).astype(float)
        fp = np.sum(np.logical_and(preds == 1, yval == 0)).astype(float)
        fn = np.sum(np.logical_and(preds == 0, yval == 1)).astype(float)

        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = (2 * precision * recall) / (precision + recall)

        if f1 >= best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
