import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lam):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m, n = X.shape
    y = y.flatten()

    X = np.column_stack((np.ones(m), X))
    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in range(1, m):
        a1 = X[t, :].reshape(-1, 1)
        z2 = Theta1 @ a1
        a2 = np.vstack(([[1.0]], sigmoid(z2)))
        z3 = Theta2 @ a2
        a3 = sigmoid(z3)

        yy = np.zeros((num_labels, 1))
        yy[y[t] - 1] = 1.0

        J += np.sum(-yy * np.log(a3) - (1 - yy) * np.log(1 - a3))

        delta3 = a3 - yy
        delta2 = (Theta2[:, 1:].T @ delta3) * sigmoid_gradient(z2)

        Delta2 += delta3 @ a2.T
        Delta1 += delta2 @ a1.T

    J = J / m + lam / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += lam / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lam / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad
