import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def unroll(Theta1, Theta2):
    return np.concatenate((np.ravel(Theta1), np.ravel(Theta2)))


def roll(params, input_size, hidden_size, num_labels):
    Theta1 = np.matrix(np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1)))
    Theta2 = np.matrix(np.reshape(params[hidden_size * (input_size + 1):], (num_labels, hidden_size + 1)))
    return Theta1, Theta2


def cost(params, input_size, hidden_size, num_labels, X, y, learning_rate):
    """y holds the digit classes 0..num_labels-1 (the '10' label mapped back to 0)"""
    m = X.shape[0]
    X = np.matrix(X)
    y = np.asarray(y).reshape(m)

    Theta1, Theta2 = roll(params, input_size, hidden_size, num_labels)

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 * Theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    y_onehot = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        y_onehot[i, y[i]] = 1

    J = 0
    for i in range(m):
        first = np.multiply(-y_onehot[i, :], np.log(h[i, :]))
        second = np.multiply(1 - y_onehot[i, :], np.log(1 - h[i, :]))
        J += np.sum(first - second)
    J = J / m
    J += (float(learning_rate) / (2 * m)) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    # backpropagation
    delta3 = h - y_onehot
    delta2 = np.multiply(delta3 * Theta2[:, 1:], sigmoid_gradient(z2))

    Theta1_grad = delta2.T * a1 / m
    Theta2_grad = delta3.T * a2 / m

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Theta1[:, 1:] * learning_rate) / m
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Theta2[:, 1:] * learning_rate) / m

    grad = unroll(np.asarray(Theta1_grad), np.asarray(Theta2_grad))
    return J, grad
