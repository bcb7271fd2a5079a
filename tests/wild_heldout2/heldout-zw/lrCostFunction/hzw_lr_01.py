import numpy as np
from scipy.io import loadmat


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    """Regularised logistic regression, vectorised (one-vs-all, ex3).

    theta arrives 1-D from scipy.optimize.minimize; X has the bias column;
    y is the 0/1 column for the current class.
    """
    m = len(y)
    h = sigmoid(X.dot(theta))

    reg_theta = theta.copy()
    reg_theta[0] = 0

    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m \
        + lambda_ / (2 * m) * np.sum(reg_theta ** 2)

    grad = X.T.dot(h - y) / m + (lambda_ / m) * reg_theta
    return J, grad


if __name__ == '__main__':
    data = loadmat('ex3data1.mat')
    X = np.c_[np.ones(data['X'].shape[0]), data['X']]
    y = (data['y'] == 1).astype(int)
    print(lrCostFunction(np.zeros(X.shape[1]), X, y, 0.1))
