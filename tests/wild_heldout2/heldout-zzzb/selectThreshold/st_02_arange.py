import numpy as np

N_STEPS = 1000


def select_threshold(yval, pval):
    yval = yval.flatten()
    pval = pval.flatten()
    best_epsilon, best_f1 = 0, 0

    step = (np.max(pval) - np.min(pval)) / N_STEPS
    for epsilon in np.arange(np.min(pval), np.max(pval), step):
        preds = pval <= epsilon

        tp = np.sum((preds == 1) & (yval == 1))
        fp = np.sum((preds == 1) & (yval == 0))
        fn = np.sum((preds == 0) & (yval == 1))

        if tp == 0:
            continue
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        f1 = 2 * prec * rec / (prec + rec)

        if f1 > best_f1:
            best_f1, best_epsilon = f1, epsilon

    return best_epsilon, best_f1
