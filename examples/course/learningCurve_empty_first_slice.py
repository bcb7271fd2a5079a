"""ex5 learningCurve looping i over range(m): the first slice X[:0] is empty and every row is one early.

Run:  portcheck compare learningCurve --python examples/course/learningCurve_empty_first_slice.py:learningCurve
"""
import numpy as np
from portcheck.ports.ex5 import trainLinearReg, linearRegCostFunction
def learningCurve(X, y, Xval, yval, lambda_):
    m = X.shape[0]
    error_train = np.zeros((m, 1)); error_val = np.zeros((m, 1))
    for i in range(m):                                   # BUG: X[:i] is empty at i = 0; Octave's i runs 1..m
        if i == 0:
            continue
        theta = trainLinearReg(X[:i], y[:i], lambda_)
        error_train[i] = linearRegCostFunction(X[:i], y[:i], theta, 0)[0]
        error_val[i] = linearRegCostFunction(Xval, yval, theta, 0)[0]
    return error_train, error_val
