import numpy as np
import scipy.optimize as opt


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, Lambda):
    """cost and gradient for regularized logistic regression.
    theta comes in 1-D from scipy.optimize, y can be (m,1) from loadmat"""
    y = y.flatten()
    m = y.size
    h = sigmoid(X.dot(theta))

    J = (1 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (Lambda / (2 * m)) * np.sum(theta[1:] ** 2)

    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (Lambda / m) * theta[1:]
    return J, grad


if __name__ == '__main__':
    # quick run on random data
    rng = np.random.RandomState(0)
    X = np.c_[np.ones(20), rng.randn(20, 2)]
    y = (rng.rand(20, 1) > 0.5).astype(float)
    res = opt.minimize(costFunctionReg, np.zeros(3), args=(X, y, 1), jac=True, method='TNC')
    print(res.x)
