from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    s = sigmoid(z)
    return s * (1 - s)
