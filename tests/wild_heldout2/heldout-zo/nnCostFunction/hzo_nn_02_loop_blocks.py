"""Backpropagation for the 2-layer network (ex4), written with an explicit
loop over the training examples like the lecture notes.

Labels: y holds the class index of every example, 0 .. num_labels-1
(the digit data was converted so that '0' is class 0).
Returns the cost and the two gradient blocks separately.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size,
                     num_labels, X, y, lambda_=0.0):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[n1:].reshape((num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    y = np.asarray(y).ravel()

    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in range(m):
        a1 = np.concatenate(([1.0], X[t, :]))
        z2 = Theta1.dot(a1)
        a2 = np.concatenate(([1.0], sigmoid(z2)))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[t]] = 1.0

        J += -np.sum(yk * np.log(a3) + (1.0 - yk) * np.log(1.0 - a3))

        delta3 = a3 - yk
        delta2 = Theta2[:, 1:].T.dot(delta3) * sigmoid_gradient(z2)

        Delta2 += np.outer(delta3, a2)
        Delta1 += np.outer(delta2, a1)

    J = J / m
    J += lambda_ / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
