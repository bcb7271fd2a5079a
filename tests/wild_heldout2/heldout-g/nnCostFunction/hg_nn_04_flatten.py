import numpy as np
from scipy.special import expit


def unpack(params, input_layer_size, hidden_layer_size, num_labels):
    n1 = hidden_layer_size * (input_layer_size + 1)
    theta1 = np.reshape(params[:n1], (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(params[n1:], (num_labels, hidden_layer_size + 1), order='F')
    return theta1, theta2


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    theta1, theta2 = unpack(params, input_layer_size, hidden_layer_size, num_labels)
    m = X.shape[0]

    # forward propagation
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.insert(expit(z2), 0, 1, axis=1)
    z3 = a2.dot(theta2.T)
    a3 = expit(z3)

    y_matrix = np.eye(num_labels)[y.reshape(-1) - 1]

    J = np.sum(-y_matrix * np.log(a3) - (1 - y_matrix) * np.log(1 - a3)) / m
    J += Lambda / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    # backprop
    delta3 = a3 - y_matrix
    delta2 = delta3.dot(theta2[:, 1:]) * expit(z2) * (1 - expit(z2))

    theta1_grad = delta2.T.dot(a1) / m + (Lambda / m) * theta1
    theta2_grad = delta3.T.dot(a2) / m + (Lambda / m) * theta2

    grad = np.concatenate([theta1_grad.flatten(), theta2_grad.flatten()])
    return J, grad
