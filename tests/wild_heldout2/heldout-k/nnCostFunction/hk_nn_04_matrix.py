import numpy as np
from mlutils.activations import sigmoid, sigmoidGradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.matrix(np.reshape(nn_params[:split], (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[split:], (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)
    y = np.array(y).flatten()

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2 * Theta2.T
    a3 = sigmoid(z3)

    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, int(y[i]) - 1] = 1

    J = -np.sum(np.multiply(Y, np.log(a3)) + np.multiply(1 - Y, np.log(1 - a3))) / m
    J += Lambda / (2 * m) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    # backprop
    d3 = a3 - Y
    d2 = np.multiply(d3 * Theta2[:, 1:], sigmoidGradient(a2[:, 1:]))

    Theta1_grad = d2.T * a1 / m
    Theta2_grad = d3.T * a2 / m

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + Lambda / (2 * m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + Lambda / (2 * m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')), axis=1).A1
    return J, grad
