import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(thetas, X, y, reg, input_size, hidden_size, num_labels):
    """Cost of the 2 layer network + gradients of both weight matrices.

    thetas = np.concatenate([Theta1.flatten(), Theta2.flatten()])
    returns J, Theta1_grad, Theta2_grad
    """
    t1_len = hidden_size * (input_size + 1)
    Theta1 = thetas[:t1_len].reshape(hidden_size, input_size + 1)
    Theta2 = thetas[t1_len:].reshape(num_labels, hidden_size + 1)

    m = len(X)
    J = 0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in range(m):
        a1 = np.insert(X[t], 0, 1)
        z2 = Theta1.dot(a1)
        a2 = np.insert(sigmoid(z2), 0, 1)
        a3 = sigmoid(Theta2.dot(a2))

        yk = np.zeros(num_labels)
        yk[y[t] - 1] = 1

        J += np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoid(z2) * (1 - sigmoid(z2))

        Delta2 += np.outer(d3, a2)
        Delta1 += np.outer(d2, a1)

    J = J / m + reg / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += reg / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += reg / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
