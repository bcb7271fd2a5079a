import numpy as np

from mlutils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # labels are expected as 0..num_labels-1 (digit 0 is class 0)
    # returns the cost and the two gradient matrices (unroll them yourself for the optimizer)
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    h = sigmoid(a2.dot(Theta2.T))

    y_matrix = np.eye(num_labels)[y.flatten()]

    cost = -np.sum(y_matrix * np.log(h) + (1 - y_matrix) * np.log(1 - h)) / m
    reg = (lmbda / (2.0 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))
    J = cost + reg

    d3 = h - y_matrix
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lmbda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lmbda / m) * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
