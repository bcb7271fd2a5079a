import numpy as np


def polyFeatures(X, p):
    # columns 1, x, x^2, ..., x^p  -- the intercept column comes for free,
    # so no need for np.c_[np.ones(m), ...] afterwards (normalise X_poly[:, 1:])
    return np.vander(X.ravel(), p + 1, increasing=True)
