import numpy as np


def select_threshold(yval, pval):
    """Pick the epsilon with the best F1 on the cross-validation set.

    yval, pval: (m, 1) arrays as loaded from ex8data1.mat (or flat).
    """
    yval = yval.flatten()
    pval = pval.flatten()

    best_epsilon = 0
    best_f1 = 0

    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            # precision/recall are 0 or undefined -> F1 can't beat the best
            continue

        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
