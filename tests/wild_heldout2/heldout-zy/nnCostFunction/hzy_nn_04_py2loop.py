import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                                  (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                                  (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)

    J = 0
    Delta1 = np.matrix(np.zeros(Theta1.shape))
    Delta2 = np.matrix(np.zeros(Theta2.shape))

    for i in xrange(1, m):
        a1 = np.matrix(np.append(1, X[i, :])).T
        z2 = Theta1 * a1
        a2 = np.vstack((np.matrix([[1]]), sigmoid(z2)))
        z3 = Theta2 * a2
        a3 = sigmoid(z3)

        yk = np.matrix(np.zeros((num_labels, 1)))
        yk[int(y.ravel()[i]) - 1] = 1

        J += (-yk.T * np.log(a3) - (1 - yk).T * np.log(1 - a3))[0, 0]

        d3 = a3 - yk
        d2 = np.multiply(Theta2[:, 1:].T * d3, sigmoidGradient(z2))

        Delta1 = Delta1 + d2 * a1.T
        Delta2 = Delta2 + d3 * a2.T

    J = J / m
    J += Lambda / (2.0 * m) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (float(Lambda) / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (float(Lambda) / m) * Theta2[:, 1:]

    grad = np.concatenate((np.ravel(Theta1_grad, order='F'), np.ravel(Theta2_grad, order='F')))
    return J, grad


if __name__ == '__main__':
    print "nnCostFunction: import this module and call nnCostFunction(...)"
