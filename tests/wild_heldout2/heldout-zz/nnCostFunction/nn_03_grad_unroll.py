import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    # unroll params (Octave stores column by column)
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:t1_size], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[t1_size:], (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)

    y = y.flatten()
    y_matrix = np.eye(num_labels)[y - 1]

    a1 = np.concatenate((np.ones((m, 1)), X), axis=1)
    z2 = np.dot(a1, Theta1.T)
    a2 = np.concatenate((np.ones((m, 1)), sigmoid(z2)), axis=1)
    z3 = np.dot(a2, Theta2.T)
    a3 = sigmoid(z3)

    cost = -y_matrix * np.log(a3) - (1 - y_matrix) * np.log(1 - a3)
    J = np.sum(cost) / m
    J += lambda_ / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = a3 - y_matrix
    delta2 = np.dot(delta3, Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = np.dot(delta2.T, a1) / m
    Theta2_grad = np.dot(delta3.T, a2) / m

    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    # roll the gradients back into one vector
    grad = np.concatenate((Theta1_grad.ravel(), Theta2_grad.ravel()))

    return J, grad
