"""
Neural network cost + gradient (Coursera ML ex4) rewritten in numpy.

Conventions used in this repo:
  * parameters are packed row by row: np.concatenate([Theta1.ravel(), Theta2.ravel()])
    and the gradient comes back packed the same way
  * class labels run 0..num_labels-1 (digit '0' is label 0, we converted the .mat file)
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = params[:n1].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = params[n1:].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)
    y = y.ravel()

    J = 0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in range(m):
        # forward
        a1 = np.concatenate(([1], X[t]))
        z2 = Theta1 @ a1
        a2 = np.concatenate(([1], sigmoid(z2)))
        a3 = sigmoid(Theta2 @ a2)

        yk = np.zeros(num_labels)
        yk[y[t]] = 1

        J += -np.sum(yk * np.log(a3) + (1 - yk) * np.log(1 - a3))

        # backward
        d3 = a3 - yk
        d2 = (Theta2[:, 1:].T @ d3) * sigmoid_prime(z2)
        Delta2 += np.outer(d3, a2)
        Delta1 += np.outer(d2, a1)

    J = J / m
    J += reg / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += reg / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += reg / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return J, grad
