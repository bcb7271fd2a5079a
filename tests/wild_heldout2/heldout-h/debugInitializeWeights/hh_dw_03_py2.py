# debugInitializeWeights.py  (ported from the Octave version of ex4)
import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """W = debugInitializeWeights(fan_out, fan_in)

    initializes the weights of a layer with fan_in incoming connections
    and fan_out outgoing connections using a fixed set of values
    """
    W = np.matrix(np.zeros((fan_out, fan_in)))
    n = W.shape[0] * W.shape[1]
    vals = np.array([np.sin(i) for i in xrange(1, n + 1)])
    # MATLAB is column major -> fill the transpose row by row, then flip back
    W = np.matrix(vals.reshape(W.shape[1], W.shape[0])).T / 10.0
    print "debug weights:", W.shape
    return W
