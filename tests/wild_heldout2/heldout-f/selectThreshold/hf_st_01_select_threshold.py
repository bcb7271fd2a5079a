import numpy as np


def select_threshold(yval, pval):
    """Find the best threshold (epsilon) for flagging outliers.

    Parameters
    ----------
    yval : array_like
        Ground truth of the cross-validation set, 1 = anomaly. Shape (m,) or (m, 1).
    pval : array_like
        Density of every cross-validation example, shape (m,) or (m, 1).

    Returns
    -------
    best_epsilon : float
    best_f1 : float
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval, dtype=float).ravel()

    best_epsilon = 0
    best_f1 = 0

    # 1001 candidate thresholds between the smallest and largest density
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        with np.errstate(divide="ignore", invalid="ignore"):
            prec = tp / (tp + fp)
            rec = tp / (tp + fn)
            f1 = 2 * prec * rec / (prec + rec)

        # NaN (no true positive) never compares greater
        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
