import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, K, X, y, reg):
    """Cost and gradients of the 2-layer network.

    params is [Theta1.ravel(), Theta2.ravel()] (numpy order), the gradients are
    returned as two matrices: J, Theta1_grad, Theta2_grad.
    """
    X = np.matrix(X)
    m = X.shape[0]

    theta1 = np.matrix(np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1)))
    theta2 = np.matrix(np.reshape(params[hidden_size * (input_size + 1):], (K, hidden_size + 1)))

    # labels -> one hot rows
    labels = np.asarray(y).ravel()
    Y = np.matrix(np.eye(K)[labels - 1])

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * theta2.T
    h = sigmoid(z3)

    J = np.sum(np.multiply(-Y, np.log(h)) - np.multiply(1 - Y, np.log(1 - h))) / m
    J += (float(reg) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    d3 = h - Y
    s = sigmoid(z2)
    d2 = np.multiply(d3 * theta2[:, 1:], np.multiply(s, 1 - s))

    Theta1_grad = (d2.T * a1) / m
    Theta2_grad = (d3.T * a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (theta1[:, 1:] * reg) / m
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (theta2[:, 1:] * reg) / m

    return J, Theta1_grad, Theta2_grad
