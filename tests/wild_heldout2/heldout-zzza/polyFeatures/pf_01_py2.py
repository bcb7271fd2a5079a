import numpy as np

def polyFeatures(X, p):
    # maps X (m x 1) into its powers, column i is X to the power i
    m = len(X)
    X_poly = np.zeros((m, p))
    for i in xrange(p):
        X_poly[:, i] = X.ravel() ** i
    return X_poly

if __name__ == '__main__':
    print polyFeatures(np.array([[1.], [2.], [3.]]), 3)
