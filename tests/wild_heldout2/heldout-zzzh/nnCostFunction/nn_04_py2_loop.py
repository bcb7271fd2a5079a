import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in xrange(m):
        a1 = np.hstack((1.0, X[t, :]))
        z2 = np.dot(Theta1, a1)
        a2 = np.hstack((1.0, sigmoid(z2)))
        a3 = sigmoid(np.dot(Theta2, a2))

        yk = np.zeros(num_labels)
        yk[int(y.flat[t]) - 1] = 1.0

        J += np.sum(-yk * np.log(a3) - (1.0 - yk) * np.log(1.0 - a3))

        d3 = a3 - yk
        d2 = np.dot(Theta2[:, 1:].T, d3) * sigmoidGradient(z2)

        Delta1 += np.outer(d2, a1)
        Delta2 += np.outer(d3, a2)

    J = J / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J = J + Lambda / (2 * m) * reg

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + Lambda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))

    print 'cost: %f' % J
    return J, grad
