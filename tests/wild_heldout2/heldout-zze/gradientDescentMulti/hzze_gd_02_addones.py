import numpy as np


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent for multivariate linear regression.

    X is the (m, n) matrix of (normalised) features WITHOUT the intercept column:
    the column of ones is added here. theta has n + 1 entries, theta[0] being the
    intercept.
    """
    m = X.shape[0]
    Xb = np.column_stack([np.ones(m), X])
    y = np.asarray(y, dtype=float).reshape(-1)
    theta = np.array(theta, dtype=float).reshape(-1)

    J_history = []
    for _ in range(num_iters):
        theta = theta - (alpha / m) * (Xb.T @ (Xb @ theta - y))
        r = Xb @ theta - y
        J_history.append(r @ r / (2 * m))

    return theta, np.array(J_history)
