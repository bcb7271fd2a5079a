import numpy as np
from scipy.special import expit


def sigmoidGradient(z):
    return expit(z) * (1 - expit(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # Reshape nn_params back into the parameters Theta1 and Theta2
    Theta1 = np.reshape(nn_params[0:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    # Setup some useful variables
    m = X.shape[0]

    # Part 1: feedforward
    a1 = np.column_stack((np.ones(m), X))
    z2 = a1 @ Theta1.T
    a2 = np.column_stack((np.ones(m), expit(z2)))
    z3 = a2 @ Theta2.T
    a3 = expit(z3)

    # recode y (m x 1, values 1..K) into vectors of 0s and 1s
    y_mat = np.zeros((m, num_labels))
    for i in range(m):
        y_mat[i, y[i, 0] - 1] = 1

    J = np.sum(-y_mat * np.log(a3) - (1 - y_mat) * np.log(1 - a3)) / m

    # regularization, theta(:, 2:end) -> skip the bias column
    J = J + Lambda / (2 * m) * (np.sum(Theta1[:, 2:] ** 2) + np.sum(Theta2[:, 2:] ** 2))

    # Part 2: backpropagation
    d3 = a3 - y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = (d2.T @ a1) / m
    Theta2_grad = (d3.T @ a2) / m

    # Part 3: regularization of the gradient
    Theta1_grad[:, 2:] = Theta1_grad[:, 2:] + (Lambda / m) * Theta1[:, 2:]
    Theta2_grad[:, 2:] = Theta2_grad[:, 2:] + (Lambda / m) * Theta2[:, 2:]

    # Unroll gradients
    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])

    return J, grad
