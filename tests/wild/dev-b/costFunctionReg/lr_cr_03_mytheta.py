import numpy as np
from scipy.special import expit


def h(mytheta, myX):
    return expit(np.dot(myX, mytheta))


def costFunctionReg(mytheta, myX, myy, mylambda=0.):
    """Regularized logistic regression cost and gradient.
    mytheta is (n,1) or flat, myX is (m,n), myy is (m,1) as loadmat gives."""
    mytheta = mytheta.reshape(-1, 1)
    m = myy.size
    hx = h(mytheta, myX)
    term1 = -np.dot(np.array(myy).T, np.log(hx))
    term2 = np.dot((1 - np.array(myy)).T, np.log(1 - hx))
    regterm = (mylambda / 2) * np.sum(np.dot(mytheta.T, mytheta))
    J = float((1. / m) * (np.sum(term1 - term2) + regterm))

    reg = mylambda * mytheta
    reg[0] = 0
    grad = (1. / m) * (np.dot(myX.T, hx - myy) + reg)
    return J, grad
