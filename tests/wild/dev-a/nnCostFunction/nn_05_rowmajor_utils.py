import numpy as np
from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmd):
    # Reshape nn_params back into the parameters theta1 and theta2.
    # NOTE: parameters are unrolled with numpy's flatten() everywhere in this repo
    # (see unroll() in ex4.py), so the default row-major reshape is used here.
    theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = y.size

    # map labels 1..K to rows of the identity
    Y = np.eye(num_labels)[y.reshape(-1) - 1]

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2 @ theta2.T)

    cost = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    cost += lmd / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    delta2 = delta3 @ theta2[:, 1:] * sigmoid_gradient(z2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m

    theta1_grad[:, 1:] += lmd / m * theta1[:, 1:]
    theta2_grad[:, 1:] += lmd / m * theta2[:, 1:]

    # Unroll gradients (same order as the parameters)
    grad = np.concatenate([theta1_grad.flatten(), theta2_grad.flatten()])

    return cost, grad


def unroll(theta1, theta2):
    return np.concatenate([theta1.flatten(), theta2.flatten()])
