import numpy as np

from utils.sigmoid import sigmoid
from utils.sigmoid_gradient import sigmoid_gradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # params come from np.concatenate([Theta1.ravel(), Theta2.ravel()]) in ex4.py,
    # labels were remapped so that digit 0 is class 0 (y[y == 10] = 0)
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]

    a1 = np.concatenate([np.ones((m, 1)), X], axis=1)
    z2 = a1.dot(Theta1.T)
    a2 = np.concatenate([np.ones((m, 1)), sigmoid(z2)], axis=1)
    a3 = sigmoid(a2.dot(Theta2.T))

    y_matrix = np.zeros((m, num_labels))
    for i in range(m):
        y_matrix[i, y[i]] = 1

    J = (1 / m) * np.sum(-y_matrix * np.log(a3) - (1 - y_matrix) * np.log(1 - a3))
    J = J + (Lambda / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = a3 - y_matrix
    d2 = d3.dot(Theta2)[:, 1:] * sigmoid_gradient(z2)

    Theta1_grad = (1 / m) * d2.T.dot(a1)
    Theta2_grad = (1 / m) * d3.T.dot(a2)

    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])

    return J, grad
