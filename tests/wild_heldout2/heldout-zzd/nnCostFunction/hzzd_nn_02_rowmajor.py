import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # params are unrolled with numpy's default ravel(), so plain reshape gets them back
    # (Theta1.ravel(), Theta2.ravel()) -> same order for the gradient below
    t1_size = hidden_layer_size * (input_layer_size + 1)
    theta1 = params[:t1_size].reshape(hidden_layer_size, input_layer_size + 1)
    theta2 = params[t1_size:].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)
    y = y.flatten()

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    h = sigmoid(a2.dot(theta2.T))

    y_mat = np.zeros((m, num_labels))
    for i in range(m):
        y_mat[i, y[i] - 1] = 1

    cost = np.sum(-y_mat * np.log(h) - (1 - y_mat) * np.log(1 - h)) / m
    reg = (lmbda / (2.0 * m)) * (np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:])))
    J = cost + reg

    delta3 = h - y_mat
    delta2 = delta3.dot(theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))

    D1 = delta2.T.dot(a1) / m
    D2 = delta3.T.dot(a2) / m
    D1[:, 1:] = D1[:, 1:] + (lmbda / m) * theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + (lmbda / m) * theta2[:, 1:]

    grad = np.concatenate((D1.ravel(), D2.ravel()))
    return J, grad
