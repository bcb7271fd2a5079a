import numpy as np
from scipy import optimize


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, Lambda):
    """Regularized logistic regression cost + gradient.
    theta comes in 1-D (that's what optimize.minimize hands over), y from
    the data file may be a column so flatten everything."""
    theta = theta.flatten()
    y = y.flatten()
    m = y.size

    h = sigmoid(X.dot(theta))

    J = (1 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (Lambda / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (Lambda / m) * theta[1:]

    return J, grad


if __name__ == "__main__":
    X = np.column_stack([np.ones(4), np.array([[1., 2.], [2., 1.], [3., 4.], [0., 1.]])])
    y = np.array([1, 0, 1, 0])
    res = optimize.minimize(costFunctionReg, np.zeros(3), (X, y, 1.0), jac=True,
                            method='TNC', options={'maxiter': 100})
    print(res.fun, res.x)
