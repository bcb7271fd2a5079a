import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(thetas, input_size, hidden_size, K, X, y, reg):
    """Cost of the 2 layer net.

    thetas = np.concatenate([Theta1.ravel(), Theta2.ravel()])  (numpy order)
    returns J, Theta1_grad, Theta2_grad
    """
    Theta1 = thetas[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    Theta2 = thetas[hidden_size * (input_size + 1):].reshape(K, hidden_size + 1)
    m = len(X)

    A1 = np.c_[np.ones(m), X]
    Z2 = A1 @ Theta1.T
    A2 = np.c_[np.ones(m), sigmoid(Z2)]
    H = sigmoid(A2 @ Theta2.T)

    Y = np.zeros((m, K))
    for i in range(m):
        Y[i, y[i] - 1] = 1

    cost = -(Y * np.log(H) + (1 - Y) * np.log(1 - H)).sum() / m
    cost = cost + reg / (2 * m) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())

    D3 = H - Y
    D2 = (D3 @ Theta2)[:, 1:] * sigmoid(Z2) * (1 - sigmoid(Z2))

    T1_grad = D2.T @ A1 / m
    T2_grad = D3.T @ A2 / m
    T1_grad[:, 1:] = T1_grad[:, 1:] + reg / m * Theta1[:, 1:]
    T2_grad[:, 1:] = T2_grad[:, 1:] + reg / m * Theta2[:, 1:]

    return cost, T1_grad, T2_grad
