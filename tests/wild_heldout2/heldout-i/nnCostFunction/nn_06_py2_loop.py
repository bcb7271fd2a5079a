# ex4 - backpropagation, one example at a time
import numpy as np
from numpy import log


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (hidden_layer_size + 1, num_labels)).T

    m = X.shape[0]

    Y = np.zeros((m, num_labels))
    for i in xrange(m):
        Y[i, y[i] - 1] = 1

    A1 = np.hstack((np.ones((m, 1)), X))
    A2 = np.hstack((np.ones((m, 1)), sigmoid(A1.dot(Theta1.T))))
    H = sigmoid(A2.dot(Theta2.T))

    J = np.sum(-Y * log(H) - (1 - Y) * log(1 - H)) / m
    J = J + Lambda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)
    for t in xrange(1, m):
        a1 = A1[t, :].reshape(-1, 1)
        z2 = Theta1.dot(a1)
        a2 = np.vstack(([[1]], sigmoid(z2)))
        a3 = sigmoid(Theta2.dot(a2))
        d3 = a3 - Y[t, :].reshape(-1, 1)
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoid(z2) * (1 - sigmoid(z2))
        Delta1 = Delta1 + d2.dot(a1.T)
        Delta2 = Delta2 + d3.dot(a2.T)

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += Theta1[:, 1:] * Lambda / m
    Theta2_grad[:, 1:] += Theta2[:, 1:] * Lambda / m

    print "cost:", J
    grad = np.concatenate((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad
