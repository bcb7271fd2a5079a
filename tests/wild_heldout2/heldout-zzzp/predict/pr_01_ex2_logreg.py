# -*- coding:utf-8 -*-
"""
PREDICT Predict whether the label is 0 or 1 using learned logistic
regression parameters theta (threshold 0.5).
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    prob = sigmoid(X.dot(theta))
    return (prob > 0.5).astype(int)
