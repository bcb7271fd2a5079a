import numpy as np


def select_threshold(yval, pval):
    # yval: data['yval'] from ex8data1.mat
    # pval: output of multivariate_gaussian(Xval, mu, sigma2)
    pval = pval.ravel()

    best_epsilon = 0
    best_f1 = 0

    step = (np.max(pval) - np.min(pval)) / 1000
    for epsilon in np.arange(np.min(pval), np.max(pval), step):
        preds = pval < epsilon

        tp = np.sum((preds == 1) & (yval == 1))
        fp = np.sum((preds == 1) & (yval == 0))
        fn = np.sum((preds == 0) & (yval == 1))

        with np.errstate(divide='ignore', invalid='ignore'):
            precision = tp / (tp + fp)
            recall = tp / (tp + fn)
            f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
