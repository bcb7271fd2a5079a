import numpy as np
import pandas as pd


def selectThreshold(yval, pval):
    """yval, pval as loaded from ex8data1.mat: (m, 1) columns."""
    df = pd.DataFrame({'y': np.ravel(yval), 'p': np.ravel(pval)})

    bestEpsilon = 0
    bestF1 = 0

    pmin, pmax = df['p'].min(), df['p'].max()
    stepsize = (pmax - pmin) / 1000
    n_steps = int(np.floor((pmax - pmin) / stepsize + 1e-10)) + 1 if stepsize > 0 else 1

    for k in range(n_steps):
        epsilon = pmin + k * stepsize
        pred = df['p'] < epsilon

        tp = ((pred == 1) & (df['y'] == 1)).sum()
        fp = ((pred == 1) & (df['y'] == 0)).sum()
        fn = ((pred == 0) & (df['y'] == 1)).sum()

        with np.errstate(divide='ignore', invalid='ignore'):
            prec = np.float64(tp) / (tp + fp)
            rec = np.float64(tp) / (tp + fn)
            F1 = 2 * prec * rec / (prec + rec)

        if F1 > bestF1:
            bestF1 = F1
            bestEpsilon = epsilon

    return bestEpsilon, bestF1
