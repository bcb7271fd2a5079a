"""A port that reshapes the unrolled parameters row-major (NumPy's default).

The mistake: ``nn_params[:h*(n+1)].reshape(h, n+1)`` reads Octave's column-major
``[Theta1(:); Theta2(:)]`` as if it were row-major, and ``.ravel()`` unrolls the
gradient row-major too. Every weight lands in the wrong place, so J and grad
both differ from Octave. The fix is ``order="F"`` in every reshape and ravel.

Expected finding: unroll-order (correct under its own convention: C order)
Run:  portcheck compare nnCost --python examples/bad_unroll.py:nnCostFunction
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    n, h, K = int(input_layer_size), int(hidden_layer_size), int(num_labels)
    Theta1 = nn_params[: h * (n + 1)].reshape(h, n + 1)            # BUG: needs order="F"
    Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1)             # BUG: needs order="F"
    m = X.shape[0]
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)
    Y = np.eye(K)[y.ravel().astype(int) - 1]
    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))
    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))
    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]
    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])  # BUG: needs order="F"
    return J, grad
