import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    """PREDICTONEVSALL Predict the label for a trained one-vs-all classifier.
    The labels are in the range 1..K, where K = all_theta.shape[0]."""
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    X = np.hstack((np.ones((m, 1)), X))
    h = sigmoid(X.dot(all_theta.T))

    p = np.zeros((m, 1))
    for i in xrange(m):
        best = -1.0
        for k in xrange(num_labels):
            if h[i, k] >= best:
                best = h[i, k]
                p[i] = k + 1
    return p


if __name__ == '__main__':
    all_theta = np.array([[1.0, -2.0], [-1.0, 2.0]])
    X = np.array([[0.5], [-0.5]])
    print 'predictions:', predictOneVsAll(all_theta, X).ravel()
