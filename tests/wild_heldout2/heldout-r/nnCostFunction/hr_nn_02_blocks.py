import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(thetas, input_size, hidden_size, K, X, y, reg=0.0):
    """Cost of the 2-layer net plus the gradient of each weight matrix.

    X must already contain the column of ones (X = np.c_[np.ones(m), X_raw]),
    this is how X is prepared once in the main script so it is not redone
    at every call of the optimiser.
    Returns J, Theta1_grad, Theta2_grad (the caller unrolls them).
    """
    n1 = hidden_size * (input_size + 1)
    Theta1 = np.reshape(thetas[:n1], (hidden_size, input_size + 1), order='F')
    Theta2 = np.reshape(thetas[n1:], (K, hidden_size + 1), order='F')

    m = len(X)
    y = np.asarray(y).flatten()

    Y = np.zeros((m, K))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    z2 = X @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2 @ Theta2.T)

    J = (-1 / m) * np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3))
    J = J + reg / (2 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2)[:, 1:] * sigmoid(z2) * (1 - sigmoid(z2))

    Theta1_grad = (delta2.T @ X) / m
    Theta2_grad = (delta3.T @ a2) / m

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (reg / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (reg / m) * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
