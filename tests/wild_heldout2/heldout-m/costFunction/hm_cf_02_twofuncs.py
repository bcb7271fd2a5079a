import numpy as np
from scipy.special import expit


def cost(theta, X, y):
    m = len(y)
    h = expit(X.dot(theta))
    J = -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))
    return J


def gradient(theta, X, y):
    m = len(y)
    h = expit(X.dot(theta))
    return X.T.dot(h - y.flatten()) / m


# result = opt.fmin_tnc(func=cost, x0=np.zeros(X.shape[1]), fprime=gradient, args=(X, y))
