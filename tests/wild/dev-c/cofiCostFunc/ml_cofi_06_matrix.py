import numpy as np


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, reg):
    nm, nu, nf = num_movies, num_users, num_features
    X = np.matrix(np.reshape(params[:nm * nf], (nm, nf), order='F'))
    Theta = np.matrix(np.reshape(params[nm * nf:], (nu, nf), order='F'))
    Y = np.matrix(Y)
    R = np.matrix(R)

    err = np.multiply(X * Theta.T - Y, R)

    J = np.sum(np.power(err, 2)) + (reg / 2.) * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    X_grad = err * Theta + reg * X
    Theta_grad = err.T * X + (reg / 2.) * Theta

    grad = np.concatenate((X_grad.A.ravel(order='F'), Theta_grad.A.ravel(order='F')))
    return J, grad
