import numpy as np

from nnutils.sigmoid import sigmoid, sigmoidGradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[t1_size:].reshape((num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    y = y.reshape(-1)

    # feedforward
    a1 = np.column_stack((np.ones(m), X))
    z2 = np.dot(a1, Theta1.T)
    a2 = np.column_stack((np.ones(m), sigmoid(z2)))
    a3 = sigmoid(np.dot(a2, Theta2.T))

    # recode labels as vectors of 0/1
    yv = np.zeros((m, num_labels))
    for k in range(num_labels):
        yv[:, k] = (y == k + 1)

    J = np.sum(-yv * np.log(a3) - (1 - yv) * np.log(1 - a3)) / m
    J = J + lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    delta3 = a3 - yv
    delta2 = np.dot(delta3, Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = np.dot(delta2.T, a1) / m + lmbda / m * Theta1
    Theta2_grad = np.dot(delta3.T, a2) / m + lmbda / m * Theta2

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return J, grad
