import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost(params, input_size, hidden_size, K, X, y, lmbda):
    # params = np.concatenate([theta1.ravel(), theta2.ravel()])  (numpy order)
    theta1 = params[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    theta2 = params[hidden_size * (input_size + 1):].reshape(K, hidden_size + 1)

    m = X.shape[0]
    y = y.flatten()

    # forward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(a2.dot(theta2.T))

    y_mat = np.zeros((m, K))
    for i in range(m):
        y_mat[i, y[i] - 1] = 1

    first = -y_mat * np.log(h)
    second = (1 - y_mat) * np.log(1 - h)
    J = np.sum(first - second) / m
    J = J + (lmbda / (2 * m)) * (np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:])))

    # backprop
    d3 = h - y_mat
    d2 = d3.dot(theta2)[:, 1:] * (sigmoid(z2) * (1 - sigmoid(z2)))

    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m
    D1[:, 1:] = D1[:, 1:] + (theta1[:, 1:] * lmbda) / m
    D2[:, 1:] = D2[:, 1:] + (theta2[:, 1:] * lmbda) / m

    grad = np.concatenate((D1.ravel(), D2.ravel()))
    return J, grad
