import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# params are unrolled with numpy's flatten() (row by row) everywhere in this
# repo, see unroll() below; the gradient blocks are returned as matrices
def unroll(Theta1, Theta2):
    return np.concatenate((Theta1.flatten(), Theta2.flatten()))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)
    y = y.flatten()

    X = np.c_[np.ones(m), X]
    z2 = X.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    h = sigmoid(a2.dot(Theta2.T))

    Y = np.zeros((m, num_labels))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    J = (1.0 / m) * np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h))
    J = J + (Lambda / (2.0 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = d2.T.dot(X) / m
    Theta2_grad = d3.T.dot(a2) / m

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
