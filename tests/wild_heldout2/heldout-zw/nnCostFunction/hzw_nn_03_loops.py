import numpy as np

from utils.sigmoid import sigmoid


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # Reshape nn_params back into Theta1 and Theta2
    Theta1 = np.reshape(nn_params[0:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (hidden_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    J = 0
    Theta1_grad = np.zeros(Theta1.shape)
    Theta2_grad = np.zeros(Theta2.shape)

    for t in range(m):
        # forward pass for example t
        a1 = np.append(1, X[t, :])
        z2 = Theta1.dot(a1)
        a2 = np.append(1, sigmoid(z2))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[t] - 1] = 1

        J = J + np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        # backward pass
        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoid(z2)

        Theta1_grad = Theta1_grad + np.outer(d2, a1)
        Theta2_grad = Theta2_grad + np.outer(d3, a2)

    J = J / m + lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Theta1_grad / m
    Theta2_grad = Theta2_grad / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')])
    return J, grad
