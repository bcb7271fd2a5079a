# ex4 - neural network cost, loop over the training examples
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (hidden_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for i in xrange(m):
        a1 = np.hstack(([1.0], X[i, :]))
        z2 = np.dot(Theta1, a1)
        a2 = np.hstack(([1.0], sigmoid(z2)))
        a3 = sigmoid(np.dot(Theta2, a2))

        yk = np.zeros(num_labels)
        yk[y[i] - 1] = 1

        J += np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = np.dot(Theta2[:, 1:].T, d3) * sigmoid(z2) * (1 - sigmoid(z2))
        Delta2 += np.outer(d3, a2)
        Delta1 += np.outer(d2, a1)

    J = J / m
    J += lmbda / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += lmbda / float(m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / float(m) * Theta2[:, 1:]

    grad = np.hstack((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad


if __name__ == '__main__':
    print "cost function loaded"
