import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    m = X.shape[0]
    h = X @ theta

    J = np.sum((h - y) ** 2) / (2 * m) + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + lambda_ / m * theta[1:]

    return J, grad


# from scipy.optimize import minimize
# res = minimize(lambda t: linearRegCostFunction(X, y, t, lmbda), np.zeros(X.shape[1]),
#                jac=True, method='CG', options={'maxiter': 200})
