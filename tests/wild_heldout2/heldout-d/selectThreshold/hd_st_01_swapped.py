import numpy as np


def select_threshold(y_val, p_val):
    best_epsilon = 0
    best_f1 = 0
    f1 = 0
    y_val = np.asarray(y_val).ravel()
    p_val = np.asarray(p_val).ravel()

    for epsilon in np.linspace(np.min(p_val), np.max(p_val), 1001):
        predicted_outcome = (p_val < epsilon)

        tp = np.sum(predicted_outcome[y_val == 1] == 1)
        fp = np.sum(predicted_outcome[y_val == 1] == 0)
        fn = np.sum(predicted_outcome[y_val == 0] == 1)

        with np.errstate(divide='ignore', invalid='ignore'):
            prec = tp / (tp + fp)
            rec = tp / (tp + fn)
            f1 = (2 * prec * rec) / (prec + rec)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
