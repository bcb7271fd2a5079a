from nnutils.activations import sigmoid


def sigmoidGradient(z):
    # g'(z) = g(z) * (1 - g(z))
    g = sigmoid(z)
    return g * (1 - g)
