# ex4 - neural network cost function (python 2.7)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamb):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    J = 0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for i in xrange(m):
        a1 = np.r_[1, X[i, :]]
        z2 = np.dot(Theta1, a1)
        a2 = np.r_[1, sigmoid(z2)]
        a3 = sigmoid(np.dot(Theta2, a2))

        yk = np.zeros(num_labels)
        yk[y[i] - 1] = 1

        J = J - np.sum(yk * np.log(a3) + (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = np.dot(Theta2[:, 1:].T, d3) * sigmoidGradient(z2)
        Delta1 = Delta1 + np.outer(d2, a1)
        Delta2 = Delta2 + np.outer(d3, a2)

    J = J / m

    # regularization
    J = J + lamb / (2 * m) * (np.sum(Theta1 ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + lamb / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + lamb / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))

    print "cost: %f" % J
    return J, grad
