import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    """Cost and gradients of the 2 layer network.

    y holds the digits 0..9 (we turned the 10 of the .mat file back into 0 when
    loading), so y[i] is directly the index of the output unit.
    Returns J, Theta1_grad, Theta2_grad (not unrolled).
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape(input_layer_size + 1, hidden_layer_size).T
    Theta2 = nn_params[n1:].reshape(hidden_layer_size + 1, num_labels).T

    m = X.shape[0]
    J = 0
    Theta1_grad = np.zeros(Theta1.shape)
    Theta2_grad = np.zeros(Theta2.shape)

    for i in range(m):
        a1 = np.append(1, X[i, :])
        z2 = Theta1.dot(a1)
        a2 = np.append(1, sigmoid(z2))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y.flat[i]] = 1

        J += -np.sum(yk * np.log(a3) + (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoidGradient(z2)

        Theta2_grad += np.outer(d3, a2)
        Theta1_grad += np.outer(d2, a1)

    J = J / m
    J += Lambda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Theta1_grad / m
    Theta2_grad = Theta2_grad / m
    Theta1_grad[:, 1:] += Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
