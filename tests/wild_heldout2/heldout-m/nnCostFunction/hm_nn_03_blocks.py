import numpy as np
from utils.sigmoid import sigmoid


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def nnCostFunction(thetas, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # thetas = np.concatenate([Theta1.ravel(), Theta2.ravel()])  (numpy order)
    # returns J, Theta1_grad, Theta2_grad
    Theta1 = thetas[0:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = thetas[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    y = y.flatten()

    X = np.column_stack((np.ones(m), X))
    z2 = np.dot(X, Theta1.T)
    a2 = np.column_stack((np.ones(m), sigmoid(z2)))
    h = sigmoid(np.dot(a2, Theta2.T))

    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y - 1] = 1

    J = (1.0 / m) * np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h))
    J = J + (Lambda / (2.0 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = np.zeros(Theta1.shape)
    Theta2_grad = np.zeros(Theta2.shape)
    for t in range(m):
        d3 = (h[t] - Y[t]).reshape(-1, 1)
        d2 = np.dot(Theta2[:, 1:].T, d3) * sigmoid_prime(z2[t]).reshape(-1, 1)
        Theta2_grad = Theta2_grad + np.dot(d3, a2[t].reshape(1, -1))
        Theta1_grad = Theta1_grad + np.dot(d2, X[t].reshape(1, -1))

    Theta1_grad = Theta1_grad / m
    Theta2_grad = Theta2_grad / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
