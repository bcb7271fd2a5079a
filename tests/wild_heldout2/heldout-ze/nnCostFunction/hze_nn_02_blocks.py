"""ex4 - neural network cost function (feedforward + backprop)."""
import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    """Returns the cost and the gradient of each weight matrix separately.

    J, Theta1_grad, Theta2_grad = nn_cost_function(...)
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(input_layer_size + 1, hidden_layer_size).T
    Theta2 = nn_params[split:].reshape(hidden_layer_size + 1, num_labels).T

    m = len(X)

    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    # labels 1..K -> rows of the identity
    Y = np.eye(num_labels)[np.ravel(y) - 1]

    cost = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    penalty = np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:]))
    J = cost + Lambda / (2 * m) * penalty

    delta3 = a3 - Y
    delta2 = delta3 @ Theta2[:, 1:] * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
