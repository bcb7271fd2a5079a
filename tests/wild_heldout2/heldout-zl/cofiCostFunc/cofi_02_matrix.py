from numpy import *


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    # Unfold the X and Theta matrices from params (MATLAB column order)
    X = matrix(reshape(params[:num_movies * num_features], (num_features, num_movies))).T
    Theta = matrix(reshape(params[num_movies * num_features:], (num_features, num_users))).T
    Y = matrix(Y)
    R = matrix(R)

    diff = multiply(X * Theta.T - Y, R)

    J = sum(power(diff, 2)) / 2.0
    J = J + (Lambda / 2.0) * sum(power(Theta, 2)) + (Lambda / 2.0) * sum(power(X, 2))

    X_grad = diff * Theta + Lambda * X
    Theta_grad = diff.T * X + Lambda * Theta

    grad = concatenate((X_grad.T.A1, Theta_grad.T.A1))

    return J, grad
