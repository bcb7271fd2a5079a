import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost(params, input_size, hidden_size, K, X, y, Lambda):
    """Cost and gradient of the 2-layer net.

    params = np.concatenate([Theta1.ravel(), Theta2.ravel()])  (numpy's own
    row-major ravel), and the gradient comes back unrolled the same way, so
    it plugs straight into scipy.optimize.minimize.
    """
    t1_size = hidden_size * (input_size + 1)
    Theta1 = np.matrix(np.reshape(params[:t1_size], (hidden_size, input_size + 1)))
    Theta2 = np.matrix(np.reshape(params[t1_size:], (K, hidden_size + 1)))

    m = X.shape[0]
    X = np.matrix(X)
    y = np.ravel(y)

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    y_matrix = np.matrix(np.zeros((m, K)))
    for i in range(m):
        y_matrix[i, int(y[i]) - 1] = 1

    J = np.sum(np.multiply(-y_matrix, np.log(h)) - np.multiply(1 - y_matrix, np.log(1 - h))) / m
    J += (float(Lambda) / (2 * m)) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    delta3 = h - y_matrix
    delta2 = np.multiply(delta3 * Theta2[:, 1:], np.multiply(sigmoid(z2), 1 - sigmoid(z2)))

    Delta1 = delta2.T * a1 / m
    Delta2 = delta3.T * a2 / m
    Delta1[:, 1:] = Delta1[:, 1:] + (Theta1[:, 1:] * Lambda) / m
    Delta2[:, 1:] = Delta2[:, 1:] + (Theta2[:, 1:] * Lambda) / m

    grad = np.concatenate((np.ravel(Delta1), np.ravel(Delta2)))
    return J, grad
