import numpy as np


def select_threshold(y_val, p_val):
    m = len(p_val)
    p = np.reshape(p_val, (m,))
    y = np.reshape(y_val, (m,))

    best_eps, best_f1 = 0.0, 0.0
    step = (p.max() - p.min()) / 1000.0
    eps_list = [p.min() + k * step for k in range(1001)]

    for eps in eps_list:
        flagged = (p <= eps).astype(int)
        tp = int(np.sum(flagged * y))
        fp = int(np.sum(flagged * (1 - y)))
        fn = int(np.sum((1 - flagged) * y))
        if tp == 0:
            # precision / recall undefined or zero, skip
            continue
        precision = tp / float(tp + fp)
        recall = tp / float(tp + fn)
        f1 = 2.0 * precision * recall / (precision + recall)
        if f1 > best_f1:
            best_f1 = f1
            best_eps = eps
    return best_eps, best_f1
