"""The small user project the plugin, project and scaffold tests build in a temporary folder:
an Octave ridge-regression cost and Python ports of it (one correct, one with the classic
regularised-intercept mistake)."""

M_FILE = """\
function [J, grad] = ridgeCost(X, y, theta, lambda)
%RIDGECOST Regularised linear regression cost and gradient.
m = length(y);
r = X * theta - y;
J = (r' * r) / (2 * m) + lambda / (2 * m) * sum(theta(2:end) .^ 2);
grad = (X' * r) / m;
grad(2:end) = grad(2:end) + lambda / m * theta(2:end);
end
"""

PORTS = """\
import numpy as np


def ridge_cost(X, y, theta, lambda_):
    m = y.shape[0]
    r = X @ theta - y
    J = (r.T @ r).item() / (2 * m) + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    grad = X.T @ r / m
    grad[1:] += lambda_ / m * theta[1:]
    return J, grad


def ridge_cost_reg_bias(X, y, theta, lambda_):
    # a classic: regularises theta[0], the bias, too
    m = y.shape[0]
    r = X @ theta - y
    J = (r.T @ r).item() / (2 * m) + lambda_ / (2 * m) * np.sum(theta ** 2)
    grad = X.T @ r / m + lambda_ / m * theta
    return J, grad
"""
