import numpy as np
import pandas as pd


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    """Cost and gradient of the 2 layer network (ex4).

    y is the label column straight from loadmat, values 1..num_labels.
    """
    theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # one hot encoding of the labels, column k-1 <-> label k
    Y = pd.get_dummies(y.ravel(), dtype=float).values

    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    h = sigmoid(a2 @ theta2.T)

    J = np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h)) / m
    J = J + lambda_ / (2 * m) * (np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:])))

    delta3 = h - Y
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    theta1_grad = (delta2.T @ a1) / m
    theta2_grad = (delta3.T @ a2) / m
    theta1_grad[:, 1:] = theta1_grad[:, 1:] + (lambda_ / m) * theta1[:, 1:]
    theta2_grad[:, 1:] = theta2_grad[:, 1:] + (lambda_ / m) * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(order='F'), theta2_grad.ravel(order='F')])
    return J, grad
