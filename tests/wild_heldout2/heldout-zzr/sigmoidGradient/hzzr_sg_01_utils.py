from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    """Gradient of the sigmoid function evaluated at z (elementwise)."""
    g = sigmoid(z)
    return g * (1 - g)
