import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lambda_):
    # params is theta1.ravel() followed by theta2.ravel() (numpy order)
    theta1 = params[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    theta2 = params[hidden_size * (input_size + 1):].reshape(num_labels, hidden_size + 1)

    m = len(X)

    # feedforward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(a2.dot(theta2.T))

    y_matrix = np.eye(num_labels)[y.flatten() - 1]

    J = np.sum(-y_matrix * np.log(h) - (1 - y_matrix) * np.log(1 - h)) / m
    J += lambda_ / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    # backprop, one example at a time
    delta1 = np.zeros(theta1.shape)
    delta2 = np.zeros(theta2.shape)
    for t in range(m):
        a1t = a1[t, :]
        a2t = a2[t, :]
        d3 = h[t, :] - y_matrix[t, :]
        d2 = theta2.T.dot(d3) * a2t * (1 - a2t)
        delta1 += np.outer(d2[1:], a1t)
        delta2 += np.outer(d3, a2t)

    theta1_grad = delta1 / m
    theta2_grad = delta2 / m
    theta1_grad[:, 1:] += lambda_ / m * theta1[:, 1:]
    theta2_grad[:, 1:] += lambda_ / m * theta2[:, 1:]

    return J, theta1_grad, theta2_grad
