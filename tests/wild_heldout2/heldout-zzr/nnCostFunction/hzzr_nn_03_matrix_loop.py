import numpy as np
from scipy.special import expit


def sigmoid_gradient(z):
    return np.multiply(expit(z), 1 - expit(z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, learning_rate):
    """Cost + backprop for the 2 layer network.

    params = np.concatenate((theta1.ravel(), theta2.ravel()))
    returns J, grad1, grad2  (grad1 same shape as theta1, grad2 as theta2)
    """
    m = X.shape[0]
    X = np.matrix(X)
    y = np.array(y).flatten()

    theta1 = np.matrix(np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1)))
    theta2 = np.matrix(np.reshape(params[hidden_size * (input_size + 1):], (num_labels, hidden_size + 1)))

    # forward
    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * theta1.T
    a2 = np.insert(expit(z2), 0, values=np.ones(m), axis=1)
    h = expit(a2 * theta2.T)

    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, int(y[i]) - 1] = 1

    J = 0
    for i in range(m):
        first = np.multiply(-Y[i, :], np.log(h[i, :]))
        second = np.multiply(1 - Y[i, :], np.log(1 - h[i, :]))
        J += np.sum(first - second)
    J = J / m
    J += (float(learning_rate) / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    # backprop, one example at a time
    D1 = np.matrix(np.zeros(theta1.shape))
    D2 = np.matrix(np.zeros(theta2.shape))
    for t in range(m):
        d3 = h[t, :] - Y[t, :]
        d2 = np.multiply(d3 * theta2[:, 1:], sigmoid_gradient(z2[t, :]))
        D1 = D1 + d2.T * a1[t, :]
        D2 = D2 + d3.T * a2[t, :]

    D1 = D1 / m
    D2 = D2 / m
    D1[:, 1:] = D1[:, 1:] + (theta1[:, 1:] * learning_rate) / m
    D2[:, 1:] = D2[:, 1:] + (theta2[:, 1:] * learning_rate) / m

    return J, D1, D2
