"""A port that never adds the regularisation to J (the gradient has it).

Expected finding: reg-missing
Run:  portcheck compare nnCost --python examples/reg_missing.py:nnCostFunction
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    n, h, K = int(input_layer_size), int(hidden_layer_size), int(num_labels)
    Theta1 = nn_params[:h * (n + 1)].reshape((h, n + 1), order="F")
    Theta2 = nn_params[h * (n + 1):].reshape((K, h + 1), order="F")
    m = X.shape[0]

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    labels = np.asarray(y).astype(int).ravel()
    Y = np.zeros((m, K))
    Y[np.arange(m), labels - 1] = 1

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J = J   # BUG: J + lambda / (2 * m) * reg was forgotten

    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)
    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]
    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return J, grad
