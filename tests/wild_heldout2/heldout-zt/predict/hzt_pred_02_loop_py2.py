from numpy import *


def sigmoid(z):
    return 1.0 / (1.0 + exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    num_labels = Theta2.shape[0]

    a1 = column_stack((ones(m), X))
    a2 = column_stack((ones(m), sigmoid(dot(a1, Theta1.T))))
    a3 = sigmoid(dot(a2, Theta2.T))

    p = zeros((m, 1))
    for i in xrange(m):
        best = -1
        for k in xrange(num_labels):
            if a3[i, k] >= best:
                best = a3[i, k]
                p[i] = k + 1
    print "Training Set Accuracy can be computed from p"
    return p
