import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost(params, input_size, hidden_size, K, X, y, reg):
    """Neural net cost.

    params is Theta1 and Theta2 flattened with .ravel() (numpy order) and
    concatenated: np.r_[Theta1.ravel(), Theta2.ravel()].
    Returns the cost and the two gradient matrices (Theta1_grad, Theta2_grad).
    """
    X = np.matrix(X)
    y = np.array(y).ravel()
    m = X.shape[0]
    theta1 = np.matrix(np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1)))
    theta2 = np.matrix(np.reshape(params[hidden_size * (input_size + 1):], (K, hidden_size + 1)))

    # one-hot, labels go from 1 to K
    y_mat = np.matrix(np.zeros((m, K)))
    for i in range(m):
        y_mat[i, int(y[i]) - 1] = 1

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * theta2.T
    h = sigmoid(z3)

    first = np.multiply(-y_mat, np.log(h))
    second = np.multiply(1 - y_mat, np.log(1 - h))
    J = np.sum(first - second) / m
    J += (float(reg) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    # backpropagation
    d3 = h - y_mat
    d2 = np.multiply(d3 * theta2[:, 1:], np.multiply(sigmoid(z2), 1 - sigmoid(z2)))

    delta1 = (d2.T * a1) / m
    delta2 = (d3.T * a2) / m
    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * reg) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * reg) / m

    return J, np.asarray(delta1), np.asarray(delta2)
