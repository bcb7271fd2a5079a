from .activations import sigmoid
