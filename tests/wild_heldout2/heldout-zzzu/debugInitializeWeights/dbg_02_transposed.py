import numpy as np


def debugInitializeWeights(fan_out, fan_in):
    """Initialise the weights of a layer with fan_in incoming and fan_out
    outgoing connections with a fixed set of values (for gradient checking).

    Note that W should be of size (fan_out, 1 + fan_in), the first column
    of W handles the bias terms.
    """
    # Set W to zeros
    W = np.zeros((fan_out, 1 + fan_in))

    # numpy fills row by row, so fill the transposed shape to get
    # MATLAB's column order
    W = np.reshape(np.sin(np.arange(1, W.size + 1)), W.T.shape) / 10.0
    return W
