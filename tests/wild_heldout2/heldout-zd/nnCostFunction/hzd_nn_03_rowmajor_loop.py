import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params, input_size, hidden_size, K, X, y, lmbda):
    """Cost and gradient of the 2 layer network.

    params : Theta1 and Theta2 flattened with numpy's default (row by row)
             order, i.e. np.concatenate([Theta1.ravel(), Theta2.ravel()]).
             The gradient is returned flattened the same way.
    X      : (m, input_size + 1) design matrix, bias column already added.
    y      : labels 1..K
    """
    t1 = params[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    t2 = params[hidden_size * (input_size + 1):].reshape(K, hidden_size + 1)

    m = X.shape[0]
    y = y.flatten()

    J = 0
    D1 = np.zeros(t1.shape)
    D2 = np.zeros(t2.shape)

    for i in range(m):
        a1 = X[i]
        z2 = t1.dot(a1)
        a2 = np.insert(sigmoid(z2), 0, 1)
        a3 = sigmoid(t2.dot(a2))

        yk = np.zeros(K)
        yk[y[i] - 1] = 1

        J += np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = t2[:, 1:].T.dot(d3) * sigmoid(z2) * (1 - sigmoid(z2))

        D2 += np.outer(d3, a2)
        D1 += np.outer(d2, a1)

    J = J / m
    J += lmbda / (2.0 * m) * (np.sum(t1[:, 1:] ** 2) + np.sum(t2[:, 1:] ** 2))

    grad1 = D1 / m
    grad2 = D2 / m
    grad1[:, 1:] += lmbda / m * t1[:, 1:]
    grad2[:, 1:] += lmbda / m * t2[:, 1:]

    return J, np.concatenate([grad1.ravel(), grad2.ravel()])
