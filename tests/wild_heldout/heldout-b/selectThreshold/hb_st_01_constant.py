import numpy as np

# number of steps between min(pval) and max(pval)
N_STEPS = 1000


def selectThreshold(yval, pval):
    """Find the best threshold epsilon for flagging anomalies (p < epsilon).

    yval: ground truth, 1 = anomaly; pval: density of every validation example.
    Returns (bestEpsilon, bestF1).
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval, dtype=float).ravel()

    bestEpsilon = 0
    bestF1 = 0

    lo, hi = pval.min(), pval.max()
    stepsize = (hi - lo) / N_STEPS
    if stepsize == 0:
        return bestEpsilon, bestF1

    for k in range(N_STEPS + 1):
        epsilon = lo + k * stepsize
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            # precision or recall is 0 (or undefined): F1 is not a number
            continue

        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
