import numpy as np
from utils.sigmoid import sigmoid, sigmoidGradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # unroll params (matlab order)
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[0:t1_size], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[t1_size:], (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)
    J = 0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for i in range(m):
        # forward pass for one example
        a1 = np.concatenate(([1], X[i, :]))
        z2 = Theta1.dot(a1)
        a2 = np.concatenate(([1], sigmoid(z2)))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        # label -> vector, y[i] is a 1 element row when y came from loadmat
        yk = np.zeros(num_labels)
        yk[y[i] - 1] = 1

        J = J + np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        # backward pass
        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoidGradient(z2)
        Delta2 = Delta2 + np.outer(d3, a2)
        Delta1 = Delta1 + np.outer(d2, a1)

    J = J / m
    J = J + Lambda / (2.0 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + Lambda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten('F'), Theta2_grad.flatten('F')))
    return J, grad
