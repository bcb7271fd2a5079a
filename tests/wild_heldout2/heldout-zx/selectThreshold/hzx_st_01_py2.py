import numpy as np


def selectThreshold(yval, pval):
    bestEpsilon = 0
    bestF1 = 0

    yval = yval.ravel()
    pval = pval.ravel()

    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon

        tp = np.sum((predictions == 1) & (yval == 1))
        fp = np.sum((predictions == 1) & (yval == 0))
        fn = np.sum((predictions == 0) & (yval == 1))

        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1


if __name__ == '__main__':
    yval = np.array([0, 0, 1, 0, 1])
    pval = np.array([0.3, 0.4, 0.01, 0.5, 0.02])
    eps, f1 = selectThreshold(yval, pval)
    print 'Best epsilon found using cross-validation: %e' % eps
    print 'Best F1 on Cross Validation Set:  %f' % f1
