from .activations import sigmoid, sigmoid_gradient
