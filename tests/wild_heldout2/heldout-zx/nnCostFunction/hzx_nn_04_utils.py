import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(params, input_layer_size, hidden_layer_size, K, X, y, reg):
    """Cost J and unrolled gradient of the ex4 network (course argument order)."""
    t1_size = hidden_layer_size * (input_layer_size + 1)
    theta1 = params[:t1_size].reshape(input_layer_size + 1, hidden_layer_size).T
    theta2 = params[t1_size:].reshape(hidden_layer_size + 1, K).T

    m = X.shape[0]
    y = y.reshape(-1)

    a1 = np.concatenate([np.ones((m, 1)), X], axis=1)
    z2 = np.dot(a1, theta1.T)
    a2 = np.concatenate([np.ones((m, 1)), sigmoid(z2)], axis=1)
    z3 = np.dot(a2, theta2.T)
    a3 = sigmoid(z3)

    yk = np.zeros((m, K))
    for i in range(m):
        yk[i, y[i] - 1] = 1

    J = np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3)) / m
    J += reg / (2.0 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    delta3 = a3 - yk
    delta2 = np.dot(delta3, theta2[:, 1:]) * sigmoid_gradient(a2[:, 1:])

    theta1_grad = np.dot(delta2.T, a1) / m
    theta2_grad = np.dot(delta3.T, a2) / m
    theta1_grad[:, 1:] += reg / m * theta1[:, 1:]
    theta2_grad[:, 1:] += reg / m * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.T.ravel(), theta2_grad.T.ravel()])
    return J, grad
