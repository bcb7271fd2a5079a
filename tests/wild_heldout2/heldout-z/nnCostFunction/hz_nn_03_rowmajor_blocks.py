"""Neural network cost for ex4 (two layers).

Weights are packed with numpy's default (row-major) ravel:
    params = np.r_[Theta1.ravel(), Theta2.ravel()]
and the gradient comes back as the two blocks so the training loop can
update Theta1 and Theta2 directly.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def unpack(params, n_in, n_hid, n_out):
    cut = n_hid * (n_in + 1)
    T1 = params[:cut].reshape(n_hid, n_in + 1)
    T2 = params[cut:].reshape(n_out, n_hid + 1)
    return T1, T2


def nnCostFunction(params, n_in, n_hid, n_out, X, y, lmbda=0.0):
    T1, T2 = unpack(params, n_in, n_hid, n_out)
    m = X.shape[0]

    A1 = np.hstack((np.ones((m, 1)), X))
    Z2 = A1.dot(T1.T)
    A2 = np.hstack((np.ones((m, 1)), sigmoid(Z2)))
    H = sigmoid(A2.dot(T2.T))

    labels = np.asarray(y).reshape(-1)
    Y = (labels[:, None] == np.arange(1, n_out + 1)[None, :]).astype(float)

    J = -np.sum(Y * np.log(H) + (1.0 - Y) * np.log(1.0 - H)) / m
    J += lmbda / (2.0 * m) * (np.sum(T1[:, 1:] ** 2) + np.sum(T2[:, 1:] ** 2))

    D3 = H - Y
    S2 = sigmoid(Z2)
    D2 = D3.dot(T2[:, 1:]) * S2 * (1.0 - S2)

    T1_grad = D2.T.dot(A1) / m
    T2_grad = D3.T.dot(A2) / m
    T1_grad[:, 1:] += lmbda / m * T1[:, 1:]
    T2_grad[:, 1:] += lmbda / m * T2[:, 1:]

    return J, T1_grad, T2_grad
