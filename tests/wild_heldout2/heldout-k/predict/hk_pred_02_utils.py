# -*- coding:utf-8 -*-
"""
PREDICT Predict whether the label is 0 or 1 using learned logistic
regression parameters theta
"""
from common.sigmoid import sigmoid


def predict(theta, X):
    prob = sigmoid(X.dot(theta))
    return (prob > 0.5) * 1
