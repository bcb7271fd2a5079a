import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def unroll(Theta1, Theta2):
    # flatten both weight matrices into one vector (numpy default order)
    return np.concatenate((Theta1.flatten(), Theta2.flatten()))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # nn_params comes from unroll() above, so reshape back the same way
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2.dot(Theta2.T))

    Y = np.eye(num_labels)[y.flatten() - 1]

    J = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    J = J + lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    delta2 = delta3.dot(Theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))

    Theta1_grad = delta2.T.dot(a1) / m
    Theta2_grad = delta3.T.dot(a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + lmbda / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
