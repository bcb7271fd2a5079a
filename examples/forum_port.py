"""A port of ex4's nnCostFunction as it is posted on course forums: three mistakes at once.

1. The parameters are reshaped row-major (NumPy's default) and the gradient is
   unrolled row-major: every weight lands in the wrong place for Octave's
   column-major ``[Theta1(:); Theta2(:)]``.
2. The one-hot matrix comes from ``pandas.get_dummies``: one column per label
   that *occurs*, so a batch where a label is absent has too few columns.
3. The regularisation meant to leave out both bias columns is written
   ``- (Theta1[:,0]@Theta1[:,0] - Theta2[:,0]@Theta2[:,0])``: the minus
   inside the parentheses adds Theta2's bias column back instead of removing
   it, so J is too large by ``(lambda/m) * sum(Theta2[:,0]**2)``.

The sizes are used as they arrive, without ``int()`` casts, as the post has them:
portcheck passes sizes as Python ints, as a Python caller does.

Expected findings: unroll-order, reg-bias (Theta2), onehot-from-data, all confirmed
Run:  portcheck compare nnCost --python examples/forum_port.py:nnCostFunction
"""
import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    n, h, K = input_layer_size, hidden_layer_size, num_labels     # as posted: no casts
    Theta1 = nn_params[:h * (n + 1)].reshape(h, n + 1)             # BUG 1: needs order="F"
    Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1)             # BUG 1: needs order="F"
    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2 @ Theta2.T)

    Y = pd.get_dummies(y.ravel(), dtype=float).values               # BUG 2: only the labels present

    J = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    reg = (np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2)
           - (Theta1[:, 0] @ Theta1[:, 0] - Theta2[:, 0] @ Theta2[:, 0]))   # BUG 3: sign inside ( )
    J = J + lambda_ / (2 * m) * reg

    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)
    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]
    grad = np.concatenate([Theta1_grad.flatten(), Theta2_grad.flatten()])  # BUG 1: needs order="F"
    return J, grad
