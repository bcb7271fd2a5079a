# ex4 - neural network cost / backprop
# weights are packed with np.concatenate([Theta1.ravel(), Theta2.ravel()])
# and the digit labels are 0..9 (we converted the 10s to 0 when loading)
import numpy as np

from nnutils.activations import sigmoid, sigmoid_gradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[t1_size:].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)

    # y -> one hot, label k goes to column k
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y.flatten()] = 1

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = np.dot(a1, Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = np.dot(a2, Theta2.T)
    h = sigmoid(z3)

    J = np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h)) / m
    J = J + lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    d3 = h - Y
    d2 = np.dot(d3, Theta2[:, 1:]) * sigmoid_gradient(z2)

    D1 = np.dot(d2.T, a1) / m
    D2 = np.dot(d3.T, a2) / m
    D1[:, 1:] = D1[:, 1:] + lmbda / m * Theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + lmbda / m * Theta2[:, 1:]

    grad = np.concatenate([D1.ravel(), D2.ravel()])
    return J, grad
