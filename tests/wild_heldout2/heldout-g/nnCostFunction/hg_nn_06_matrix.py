import numpy as np
from utils.sigmoid import sigmoid, sigmoidGradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_reg):
    # unroll, MATLAB column order
    cut = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.matrix(np.reshape(nn_params[:cut], (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[cut:], (num_labels, hidden_layer_size + 1), order='F'))

    m = X.shape[0]
    X = np.matrix(X)
    y = np.asarray(y).flatten()

    Y = np.matrix(np.zeros((m, num_labels)))
    for i in range(m):
        Y[i, int(y[i]) - 1] = 1

    a1 = np.concatenate((np.ones((m, 1)), X), axis=1)
    z2 = a1 * Theta1.T
    a2 = np.concatenate((np.ones((m, 1)), sigmoid(z2)), axis=1)
    z3 = a2 * Theta2.T
    a3 = sigmoid(z3)

    J = (1.0 / m) * np.sum(-np.multiply(Y, np.log(a3)) - np.multiply(1 - Y, np.log(1 - a3)))
    J = J + (lambda_reg / m) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    delta3 = a3 - Y
    delta2 = np.multiply(delta3 * Theta2[:, 1:], sigmoidGradient(z2))

    Theta1_grad = (delta2.T * a1) / m
    Theta2_grad = (delta3.T * a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lambda_reg / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lambda_reg / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.A.ravel(order='F'), Theta2_grad.A.ravel(order='F')))
    return J, grad
