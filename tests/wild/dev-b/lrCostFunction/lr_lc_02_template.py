import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    # theta: (n,) flat, y: (m,) flat 0/1 labels
    # Initialize some useful values
    m = y.size

    # ====================== YOUR CODE HERE ======================
    h = sigmoid(X.dot(theta))

    J = -(1 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) \
        + (lambda_ / (2 * m)) * np.sum(np.square(theta[2:]))

    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    # =============================================================
    return J, grad


# data = loadmat(os.path.join('Data', 'ex3data1.mat'))
# X, y = data['X'], data['y'].ravel()
