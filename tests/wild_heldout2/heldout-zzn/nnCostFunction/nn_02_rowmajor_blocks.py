import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# weights are packed with np.concatenate([Theta1.ravel(), Theta2.ravel()])
# everywhere in this repo (see pack_params below), gradients come back as matrices
def pack_params(Theta1, Theta2):
    return np.concatenate([Theta1.ravel(), Theta2.ravel()])


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    z2 = np.dot(a1, theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = np.dot(a2, theta2.T)
    a3 = sigmoid(z3)

    y_matrix = np.zeros((m, num_labels))
    for i in range(m):
        y_matrix[i, y[i] - 1] = 1

    cost = -(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3))
    J = np.sum(cost) / m
    J = J + (lmbda / (2 * m)) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    d3 = a3 - y_matrix
    d2 = np.dot(d3, theta2[:, 1:]) * sigmoidGradient(z2)

    theta1_grad = np.dot(d2.T, a1) / m
    theta2_grad = np.dot(d3.T, a2) / m

    theta1_grad[:, 1:] = theta1_grad[:, 1:] + (lmbda / m) * theta1[:, 1:]
    theta2_grad[:, 1:] = theta2_grad[:, 1:] + (lmbda / m) * theta2[:, 1:]

    return J, theta1_grad, theta2_grad
