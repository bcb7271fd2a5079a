import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return np.multiply(g, 1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    # Reshape nn_params back into Theta1 and Theta2
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)

    # Part 1: feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    y_matrix = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        y_matrix[i, y[i] - 1] = 1

    J = np.sum(np.multiply(-y_matrix, np.log(h)) - np.multiply(1 - y_matrix, np.log(1 - h))) / m

    # regularization
    J = J + (lambda_ / m) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    # Part 2: backpropagation
    d3 = h - y_matrix
    d2 = np.multiply(d3 * Theta2[:, 1:], sigmoidGradient(z2))

    Theta1_grad = (d2.T * a1) / m
    Theta2_grad = (d3.T * a2) / m

    # Part 3: regularize gradient
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.A1, Theta2_grad.A1))
    return J, grad
