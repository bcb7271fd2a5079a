import numpy as np

from utils.sigmoid import sigmoid


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    nn_params = np.matrix(nn_params).reshape(-1, 1)
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.matrix(np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order='F'))

    X = np.matrix(X)
    m = X.shape[0]

    # labels 1..K -> rows of the identity
    y = np.asarray(y).ravel()
    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    h = sigmoid(z3)

    J = np.sum(np.multiply(-Y, np.log(h)) - np.multiply(1 - Y, np.log(1 - h))) / m
    J += (float(lmbda) / (2 * m)) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    # backprop
    d3 = h - Y
    d2 = np.multiply(d3 * Theta2[:, 1:], np.multiply(z2, 1 - z2))

    Theta1_grad = (d2.T * a1) / m
    Theta2_grad = (d3.T * a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (float(lmbda) / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (float(lmbda) / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten('F'), Theta2_grad.flatten('F')), axis=1).A1
    return J, grad
