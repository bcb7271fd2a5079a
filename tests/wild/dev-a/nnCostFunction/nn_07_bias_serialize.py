import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# serialize the weights into one vector
def serialize(a, b):
    return np.append(a.flatten(), b.flatten())


# deserialize the vector back into the two weight matrices
def deserialize(theta, input_size, hidden_size, num_labels):
    theta1 = theta[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1)
    theta2 = theta[hidden_size * (input_size + 1):].reshape(num_labels, hidden_size + 1)
    return theta1, theta2


def nn_cost_function(theta, X, y, input_size, hidden_size, num_labels, lam):
    # X already has the column of ones in front: X = np.insert(raw_X, 0, 1, axis=1)
    theta1, theta2 = deserialize(theta, input_size, hidden_size, num_labels)
    m = len(X)

    y_onehot = np.zeros((m, num_labels))
    for i in range(m):
        y_onehot[i, y[i] - 1] = 1

    a1 = X
    z2 = a1 @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2 @ theta2.T
    h = sigmoid(z3)

    J = -np.sum(y_onehot * np.log(h) + (1 - y_onehot) * np.log(1 - h)) / m
    reg = np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2))
    J = J + lam / (2 * m) * reg

    d3 = h - y_onehot
    d2 = d3 @ theta2[:, 1:] * (sigmoid(z2) * (1 - sigmoid(z2)))

    D1 = d2.T @ a1 / m
    D2 = d3.T @ a2 / m

    t1 = theta1.copy()
    t2 = theta2.copy()
    t1[:, 0] = 0
    t2[:, 0] = 0
    D1 = D1 + lam / m * t1
    D2 = D2 + lam / m * t2

    return J, serialize(D1, D2)
