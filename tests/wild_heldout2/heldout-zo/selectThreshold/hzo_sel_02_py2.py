import numpy as np


def selectThreshold(yval, pval):
    #SELECTTHRESHOLD Find the best threshold (epsilon) to use for selecting
    #outliers
    bestEpsilon = 0
    bestF1 = 0
    F1 = 0

    stepsize = (pval.max() - pval.min()) / 1000
    for epsilon in np.arange(pval.min(), pval.max(), stepsize):

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
    pval = np.array([0.3, 0.25, 0.01, 0.4, 0.02, 0.18])
    epsilon, F1 = selectThreshold(yval, pval)
    print 'Best epsilon found using cross-validation: %e' % epsilon
    print 'Best F1 on Cross Validation Set:  %f' % F1
