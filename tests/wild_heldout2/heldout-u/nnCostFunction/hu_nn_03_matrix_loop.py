import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # Reshape nn_params back into Theta1 and Theta2
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)
    y = np.asarray(y).flatten()

    J = 0
    Delta1 = np.matrix(np.zeros(Theta1.shape))
    Delta2 = np.matrix(np.zeros(Theta2.shape))

    # loop over the training examples, one at a time
    for t in range(m):
        a1 = np.matrix(np.insert(X[t, :], 0, 1)).T          # (n+1) x 1
        z2 = Theta1 * a1
        a2 = np.vstack((np.matrix([[1]]), sigmoid(z2)))     # (h+1) x 1
        z3 = Theta2 * a2
        a3 = sigmoid(z3)                                     # K x 1

        yk = np.matrix(np.zeros((num_labels, 1)))
        yk[y[t] - 1] = 1

        J = J + np.sum(-np.multiply(yk, np.log(a3)) - np.multiply(1 - yk, np.log(1 - a3)))

        d3 = a3 - yk
        d2 = np.multiply(Theta2[:, 1:].T * d3, sigmoidGradient(z2))

        Delta1 = Delta1 + d2 * a1.T
        Delta2 = Delta2 + d3 * a2.T

    J = J / m
    J = J + Lambda / (2.0 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    Theta1_grad = Delta1 / m + Lambda / float(m) * Theta1
    Theta2_grad = Delta2 / m + Lambda / float(m) * Theta2

    grad = np.concatenate((np.asarray(Theta1_grad).flatten(), np.asarray(Theta2_grad).flatten()))

    return J, grad
