import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return np.multiply(sigmoid(z), (1 - sigmoid(z)))


def forward_propagate(X, theta1, theta2):
    m = X.shape[0]
    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * theta2.T
    h = sigmoid(z3)
    return a1, z2, a2, z3, h


def backprop(params, input_size, hidden_size, num_labels, X, y, learning_rate):
    """Cost and gradients of the 2-layer network.

    params holds theta1 and theta2 flattened with numpy's default ravel(),
    i.e. np.concatenate((np.ravel(theta1), np.ravel(theta2))).
    Returns J and the two gradient matrices separately.
    """
    m = X.shape[0]
    X = np.matrix(X)

    theta1 = np.matrix(np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, (input_size + 1))))
    theta2 = np.matrix(np.reshape(params[hidden_size * (input_size + 1):], (num_labels, (hidden_size + 1))))

    a1, z2, a2, z3, h = forward_propagate(X, theta1, theta2)

    y_onehot = np.matrix(np.zeros((m, num_labels)))
    labels = np.array(y).ravel()
    for i in range(m):
        y_onehot[i, labels[i] - 1] = 1

    J = 0
    for i in range(m):
        first_term = np.multiply(-y_onehot[i, :], np.log(h[i, :]))
        second_term = np.multiply((1 - y_onehot[i, :]), np.log(1 - h[i, :]))
        J += np.sum(first_term - second_term)
    J = J / m
    J += (float(learning_rate) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    d3 = h - y_onehot
    d2 = np.multiply(d3 * theta2[:, 1:], sigmoid_gradient(z2))

    delta1 = (d2.T * a1) / m
    delta2 = (d3.T * a2) / m

    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * learning_rate) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * learning_rate) / m

    return J, np.array(delta1), np.array(delta2)
