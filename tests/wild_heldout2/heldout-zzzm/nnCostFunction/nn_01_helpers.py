"""ex4 - neural network cost function and backprop.

Uses the sigmoid helpers from the nnutils package of this repo.
"""
import numpy as np

from nnutils.activations import sigmoid, sigmoid_gradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size,
                   num_labels, X, y, lambda_):
    # nn_params was unrolled MATLAB style (column by column), so undo it
    # with order='F'
    t1_end = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:t1_end],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[t1_end:],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # ---- feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    # y straight from loadmat: (m, 1), labels 1..num_labels
    Y = np.eye(num_labels)[y.ravel() - 1]

    J = -np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h)) / m
    J = J + lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) +
                                 np.sum(Theta2[:, 1:] ** 2))

    # ---- backprop
    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m

    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(order='F'),
                           Theta2_grad.ravel(order='F')))
    return J, grad
