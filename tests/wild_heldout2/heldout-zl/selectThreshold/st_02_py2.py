import numpy as np


def selectThreshold(yval, pval):
    yval = yval.flatten()

    bestEpsilon = 0
    bestF1 = 0
    F1 = 0

    stepsize = (max(pval) - min(pval)) / 1000
    for epsilon in np.linspace(min(pval), max(pval), 1001):
        predictions = (pval < epsilon)

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
    yval = np.array([0, 0, 1, 0, 1, 0])
    pval = np.array([0.3, 0.2, 0.01, 0.25, 0.02, 0.4])
    epsilon, F1 = selectThreshold(yval, pval)
    print 'Best epsilon found using cross-validation: %e' % epsilon
    print 'Best F1 on Cross Validation Set:  %f' % F1
