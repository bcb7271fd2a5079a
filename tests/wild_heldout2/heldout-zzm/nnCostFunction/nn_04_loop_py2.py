import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # Reshape nn_params back into Theta1 and Theta2 (column-major like Octave)
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (hidden_layer_size + 1, num_labels)).T

    m = X.shape[0]
    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for i in xrange(m):
        # forward propagation for example i
        a1 = np.hstack((1, X[i, :]))
        z2 = Theta1.dot(a1)
        a2 = np.hstack((1, sigmoid(z2)))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[i] - 1] = 1

        J += np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        # backpropagation
        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoidGradient(a2[1:])
        Delta1 += np.outer(d2, a1)
        Delta2 += np.outer(d3, a2)

    J = J / m
    J += Lambda / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))
    print "cost:", J

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += Lambda / float(m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / float(m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad
