"""Neural network cost function (ex4) for the digits classifier.

Parameters are kept the numpy way: ``params`` is
``np.concatenate([Theta1.ravel(), Theta2.ravel()])`` (row by row) and the
gradient is returned unrolled the same way, so it can go straight back into
``scipy.optimize.minimize``. Labels are 0-based (digit 0 is class 0), as in
our preprocessed data where the MATLAB label 10 was mapped to 0.
"""
import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    s = sigmoid(z)
    return s * (1 - s)


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, lambda_):
    split = hidden_size * (input_size + 1)
    Theta1 = params[:split].reshape(hidden_size, input_size + 1)
    Theta2 = params[split:].reshape(num_labels, hidden_size + 1)

    m = len(X)

    # labels 0..num_labels-1 -> one-hot rows
    Y = np.eye(num_labels)[y.ravel()]

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2 @ Theta2.T)

    cost = -(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)).sum() / m
    penalty = (Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum()
    cost += lambda_ * penalty / (2 * m)

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    grad1 = delta2.T @ a1 / m
    grad2 = delta3.T @ a2 / m
    grad1[:, 1:] += lambda_ / m * Theta1[:, 1:]
    grad2[:, 1:] += lambda_ / m * Theta2[:, 1:]

    return cost, np.concatenate([grad1.ravel(), grad2.ravel()])
