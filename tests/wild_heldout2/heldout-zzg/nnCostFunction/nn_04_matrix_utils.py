import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nnCostFunction(params, input_size, hidden_size, num_labels, X, y, reg):
    # unroll parameters (Octave stores them column by column)
    Theta1 = np.matrix(np.reshape(params[:hidden_size * (input_size + 1)],
                                  (hidden_size, input_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(params[hidden_size * (input_size + 1):],
                                  (num_labels, hidden_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)
    Y = np.matrix(np.eye(num_labels)[y.ravel() - 1])

    # forward propagation
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    J = np.sum(np.multiply(-Y, np.log(h)) - np.multiply(1 - Y, np.log(1 - h))) / m
    J += reg / (2.0 * m) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    # back propagation
    d3 = h - Y
    d2 = np.multiply(d3 * Theta2[:, 1:], sigmoid_gradient(a2[:, 1:]))

    Delta1 = d2.T * a1
    Delta2 = d3.T * a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (reg / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (reg / m) * Theta2[:, 1:]

    grad = np.concatenate((np.asarray(Theta1_grad).ravel(order='F'),
                           np.asarray(Theta2_grad).ravel(order='F')))
    return J, grad
