# -*- coding: utf-8 -*-
# Machine Learning (Coursera) ex8 -- collaborative filtering, python version
from numpy import *


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lamb):
    nm = num_movies * num_features
    X = reshape(params[:nm], (num_movies, num_features), order='F')
    Theta = reshape(params[nm:], (num_users, num_features), order='F')

    E = (dot(X, Theta.T) - Y) * R

    J = sum(E ** 2) / 2 + (lamb / 2) * (sum(Theta ** 2) + sum(X ** 2))

    X_grad = dot(E, Theta) + lamb * X
    Theta_grad = dot(E.T, X) + lamb * Theta

    grad = concatenate((X_grad.flatten(1), Theta_grad.flatten(1)))
    return J, grad


if __name__ == '__main__':
    num_users, num_movies, num_features = 4, 5, 3
    X = random.rand(num_movies, num_features)
    Theta = random.rand(num_users, num_features)
    Y = dot(X, Theta.T)
    R = ones(Y.shape)
    params = concatenate((X.flatten(1), Theta.flatten(1)))
    J, grad = cofiCostFunc(params, Y, R, num_users, num_movies, num_features, 0)
    print 'cost at perfect fit:', J
