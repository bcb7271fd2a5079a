# ex4 - neural network cost (python 2.7)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamb):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape((num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    Y = np.zeros((m, num_labels))
    for i in xrange(m):
        Y[i, y[i] - 1] = 1

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = np.dot(a1, Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    a3 = sigmoid(np.dot(a2, Theta2.T))

    J = np.sum(-Y * np.log(a3) - (1.0 - Y) * np.log(1.0 - a3)) / m
    J = J + lamb / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    delta2 = np.dot(delta3, Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = np.dot(delta2.T, a1) / m
    Theta2_grad = np.dot(delta3.T, a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + lamb / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + lamb / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten('F'), Theta2_grad.flatten('F')))
    return J, grad


if __name__ == '__main__':
    print 'nnCostFunction loaded'
