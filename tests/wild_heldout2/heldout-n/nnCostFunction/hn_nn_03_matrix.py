import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # Theta1 / Theta2 back from the unrolled vector (Fortran order like matlab)
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)

    # recode the labels as vectors of 0/1
    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, y[i, 0] - 1] = 1

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    J = -np.sum(np.multiply(Y, np.log(h)) + np.multiply(1 - Y, np.log(1 - h))) / m
    J = J + Lambda / m * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    # backpropagation
    d3 = h - Y
    d2 = np.multiply(d3 * Theta2[:, 1:], np.multiply(sigmoid(z2), 1 - sigmoid(z2)))
    Delta1 = d2.T * a1
    Delta2 = d3.T * a2

    Theta1_grad = Delta1 / m + (Lambda / m) * Theta1
    Theta2_grad = Delta2 / m + (Lambda / m) * Theta2

    grad = np.concatenate((np.asarray(Theta1_grad).ravel(order='F'),
                           np.asarray(Theta2_grad).ravel(order='F')))
    return J, grad
