"""ex4 neural network cost, loop version.

Conventions used in this repo:
  * weights are unrolled with numpy's default ravel(), i.e. row by row:
        params = np.concatenate([Theta1.ravel(), Theta2.ravel()])
  * labels are 0..K-1 (the digit "0" is class 0, not 10).
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, K, X, y, reg):
    t1_size = hidden_size * (input_size + 1)
    Theta1 = params[:t1_size].reshape(hidden_size, input_size + 1)
    Theta2 = params[t1_size:].reshape(K, hidden_size + 1)

    m = len(X)
    y = y.ravel()

    J = 0
    D1 = np.zeros(Theta1.shape)
    D2 = np.zeros(Theta2.shape)

    for i in range(m):
        a1 = np.append(1, X[i])
        z2 = Theta1 @ a1
        a2 = np.append(1, sigmoid(z2))
        a3 = sigmoid(Theta2 @ a2)

        yk = np.zeros(K)
        yk[y[i]] = 1

        J += -np.sum(yk * np.log(a3) + (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = (Theta2[:, 1:].T @ d3) * sigmoid(z2) * (1 - sigmoid(z2))

        D1 += np.outer(d2, a1)
        D2 += np.outer(d3, a2)

    J = J / m + reg / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    D1 = D1 / m
    D2 = D2 / m
    D1[:, 1:] += reg / m * Theta1[:, 1:]
    D2[:, 1:] += reg / m * Theta2[:, 1:]

    return J, np.concatenate([D1.ravel(), D2.ravel()])
