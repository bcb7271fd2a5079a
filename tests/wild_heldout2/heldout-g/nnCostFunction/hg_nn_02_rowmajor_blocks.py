import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# params are stored the numpy way: np.concatenate([Theta1.ravel(), Theta2.ravel()])
# gradients come back as the two matrices, no unrolling needed by the caller
def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[t1_size:].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)
    y = y.flatten()

    # one hot: y == k for k = 1..num_labels
    Y = (y[:, None] == np.arange(1, num_labels + 1)).astype(float)

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2.dot(Theta2.T))

    cost = -(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)).sum() / m
    cost = cost + reg / (2 * m) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())

    d3 = a3 - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + reg / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + reg / m * Theta2[:, 1:]

    return cost, Theta1_grad, Theta2_grad
