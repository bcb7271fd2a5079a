# ex4 - neural network cost with a per-example backprop loop
import numpy as np
from utils.sigmoid import sigmoid, sigmoid_gradient

DEBUG = False


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:t1_size], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[t1_size:], (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in xrange(m):
        a1 = np.hstack(([1.0], X[t, :]))
        z2 = Theta1.dot(a1)
        a2 = np.hstack(([1.0], sigmoid(z2)))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[t] - 1] = 1

        J += np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoid_gradient(a2[1:])

        Delta2 += np.outer(d3, a2)
        Delta1 += np.outer(d2, a1)

    J = J / m
    J += reg / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))
    if DEBUG:
        print "cost:", J

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += reg / float(m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += reg / float(m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten('F'), Theta2_grad.flatten('F')))
    return J, grad
