import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_=0.0):
    """Cost of the 2-layer network and the gradient of each weight matrix.

    y holds class indices 0..num_labels-1 (digit 0 is class 0, not 10).
    nn_params is Theta1 and Theta2 unrolled column by column, like the
    original Octave code.  Returns J, Theta1_grad, Theta2_grad.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[n1:].reshape((num_labels, hidden_layer_size + 1), order='F')

    m = len(X)
    y = np.asarray(y).ravel()

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    Y = np.eye(num_labels)[y]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J = J + lambda_ / (2 * m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    delta3 = a3 - Y
    sz2 = sigmoid(z2)
    delta2 = (delta3 @ Theta2[:, 1:]) * sz2 * (1 - sz2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + lambda_ / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
