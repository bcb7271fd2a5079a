import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamb):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    y = y.flatten()
    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in xrange(m):
        a1 = np.hstack((1, X[t, :]))
        z2 = np.dot(Theta1, a1)
        a2 = np.hstack((1, sigmoid(z2)))
        z3 = np.dot(Theta2, a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[t] - 1] = 1

        J += np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = np.dot(Theta2[:, 1:].T, d3) * sigmoid(z2)

        Delta1 += np.outer(d2, a1)
        Delta2 += np.outer(d3, a2)

    J = J / m
    J += (float(lamb) / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += (float(lamb) / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (float(lamb) / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad


if __name__ == '__main__':
    params = np.sin(np.arange(1, 39))
    X = np.cos(np.arange(1, 16)).reshape(5, 3)
    y = np.array([1, 2, 3, 1, 2])
    J, grad = nnCostFunction(params, 3, 5, 3, X, y, 0)
    print "cost:", J
