"""nnCostFunction split into helpers; the mistake is inside one of them."""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 + g)   # MISTAKE: g * (1 - g)


def unroll(nn_params, n, h, K):
    T1 = nn_params[:h * (n + 1)].reshape(h, n + 1, order="F")
    T2 = nn_params[h * (n + 1):].reshape(K, h + 1, order="F")
    return T1, T2


def forward(X, T1, T2):
    m = X.shape[0]
    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ T1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2 @ T2.T)
    return a1, z2, a2, a3


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lam):
    n, h, K = int(input_layer_size), int(hidden_layer_size), int(num_labels)
    T1, T2 = unroll(nn_params, n, h, K)
    m = len(y)
    a1, z2, a2, a3 = forward(X, T1, T2)
    Y = np.eye(K)[y.astype(int).ravel() - 1]
    J = (-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)).sum() / m
    J += lam / (2 * m) * ((T1[:, 1:] ** 2).sum() + (T2[:, 1:] ** 2).sum())
    d3 = a3 - Y
    d2 = d3 @ T2[:, 1:] * sigmoid_gradient(z2)
    g1 = d2.T @ a1 / m
    g2 = d3.T @ a2 / m
    g1[:, 1:] += lam / m * T1[:, 1:]
    g2[:, 1:] += lam / m * T2[:, 1:]
    return J, np.r_[g1.ravel(order="F"), g2.ravel(order="F")]
