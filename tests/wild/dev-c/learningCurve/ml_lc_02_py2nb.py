# coding: utf-8

# In[1]:

import numpy as np
from numpy.linalg import pinv


# In[5]:

def linearRegCostFunction(X, y, theta, lamda):
    m = y.shape[0]
    h = X.dot(theta)
    J = np.sum((h - y) ** 2) / (2 * m) + lamda * np.sum(theta[1:] ** 2) / (2 * m)
    grad = X.T.dot(h - y) / m
    grad[1:] += lamda * theta[1:] / m
    return J, grad


# In[6]:

def trainLinearReg(X, y, lamda):
    # closed form instead of fmincg
    L = np.eye(X.shape[1])
    L[0, 0] = 0
    return pinv(X.T.dot(X) + lamda * L).dot(X.T.dot(y))


# In[9]:

def learningCurve(X, y, Xval, yval, lamda):
    m = X.shape[0]
    error_train = np.zeros((m, 1))
    error_val = np.zeros((m, 1))
    for i in xrange(m):
        theta = trainLinearReg(X[:i], y[:i], lamda)
        error_train[i] = linearRegCostFunction(X[:i], y[:i], theta, 0)[0]
        error_val[i] = linearRegCostFunction(Xval, yval, theta, 0)[0]
    return error_train, error_val


# In[10]:

if __name__ == '__main__':
    X = np.c_[np.ones(4), np.array([-15.9, -29.2, 36.2, 37.5])]
    y = np.array([[2.13], [1.17], [34.4], [36.8]])
    et, ev = learningCurve(X, y, X, y, 0)
    print '# Training Examples\tTrain Error\tCross Validation Error'
    for i in xrange(4):
        print '  \t%d\t\t%f\t%f' % (i + 1, et[i], ev[i])
