import numpy as np

from mlutils.sigmoid import sigmoid, sigmoid_gradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamb):
    Theta1 = np.reshape(nn_params[0:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]
    y = y.flatten()

    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for i in xrange(m):
        a1 = np.hstack(([1.0], X[i, :]))
        z2 = np.dot(Theta1, a1)
        a2 = np.hstack(([1.0], sigmoid(z2)))
        z3 = np.dot(Theta2, a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[i] - 1] = 1.0

        J += np.sum(-yk * np.log(a3) - (1.0 - yk) * np.log(1.0 - a3))

        d3 = a3 - yk
        d2 = np.dot(Theta2[:, 1:].T, d3) * sigmoid_gradient(a2[1:])

        Delta1 += np.outer(d2, a1)
        Delta2 += np.outer(d3, a2)

    J = J / m
    J += (lamb / (2.0 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += (lamb / float(m)) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lamb / float(m)) * Theta2[:, 1:]

    print "cost:", J
    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad
