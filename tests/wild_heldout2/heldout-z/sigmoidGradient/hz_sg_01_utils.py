from utils.sigmoid import sigmoid


def sigmoidGradient(z):
    """returns the gradient of the sigmoid function evaluated at z
    (z can be a scalar, a vector or a matrix)"""
    g = sigmoid(z)
    return g * (1 - g)
