#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
ex8 part 2 - recommender system
"""
import numpy as np


def flatten_params(X, Theta):
    return np.concatenate((X.flatten(), Theta.flatten()))


def unflatten_params(XTheta, nm, nu, nf):
    X = XTheta[:nm * nf].reshape((nm, nf))
    Theta = XTheta[nm * nf:].reshape((nu, nf))
    return X, Theta


def cofiCostFunc(XTheta, Y, R, nu, nm, nf, lam=0.0):
    X, Theta = unflatten_params(XTheta, nm, nu, nf)

    diff = np.multiply(X.dot(Theta.T) - Y, R)
    cost = 0.5 * np.sum(np.square(diff))
    cost += (lam / 2.) * np.sum(np.square(Theta))
    cost += (lam / 2.) * np.sum(np.square(X))

    Xgrad = diff.dot(Theta) + lam * X
    Thetagrad = diff.T.dot(X) + lam * Theta

    return cost, flatten_params(Xgrad, Thetagrad)
