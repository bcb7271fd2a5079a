import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    """Cost + backprop for the 2 layer network.

    X must already contain the column of ones (we insert it once when loading
    the data, X = np.insert(X, 0, 1, axis=1)), so X is m x (input_layer_size+1).
    Returns J, Theta1_grad, Theta2_grad (unroll them yourself for fmin_cg).
    """
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    X = np.matrix(X)
    m = X.shape[0]

    # recode labels 1..K as rows of the identity
    Y = np.matrix(np.eye(num_labels)[np.array(y).flatten() - 1])

    a1 = X
    z2 = a1 * Theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    J = np.sum(np.multiply(-Y, np.log(h)) - np.multiply(1 - Y, np.log(1 - h))) / m
    J = J + (float(lmbda) / (2 * m)) * (np.sum(np.power(Theta1[:, 1:], 2)) +
                                        np.sum(np.power(Theta2[:, 1:], 2)))

    d3 = h - Y
    d2 = np.multiply(d3 * Theta2[:, 1:], np.multiply(sigmoid(z2), 1 - sigmoid(z2)))

    Delta1 = d2.T * a1
    Delta2 = d3.T * a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lmbda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lmbda / m) * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
