import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    X = np.hstack((np.ones((m, 1)), X))
    p = np.zeros((m, 1))

    for i in xrange(m):
        h = sigmoid(X[i, :].dot(all_theta.T))
        p[i] = np.argmax(h)

    return p


if __name__ == "__main__":
    all_theta = np.array([[0.5, -1.0], [-0.5, 1.0]])
    X = np.array([[2.0], [-2.0]])
    print predictOneVsAll(all_theta, X)
