import numpy as np


def g(z):
    return 1 / (1 + np.exp(-z))


def g_prime(z):
    return g(z) * (1 - g(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, K, X, y, lam=0):
    """Returns J, Theta1_grad, Theta2_grad (gradient blocks kept separate so that
    they can be checked one at a time; unroll them with np.r_[a.ravel('F'), b.ravel('F')])."""
    s = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:s].reshape(hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[s:].reshape(K, hidden_layer_size + 1, order='F')
    m = X.shape[0]

    # Y(i, :) = eye(K)(y(i), :)
    Y = np.eye(K)[y.ravel() - 1]

    A1 = np.c_[np.ones(m), X]
    Z2 = A1 @ Theta1.T
    A2 = np.c_[np.ones(m), g(Z2)]
    H = g(A2 @ Theta2.T)

    # cost: sum over the examples, then average
    cost_matrix = -Y * np.log(H) - (1 - Y) * np.log(1 - H)
    J = np.mean(np.sum(cost_matrix, axis=0))
    J += lam / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    D3 = H - Y
    D2 = (D3 @ Theta2[:, 1:]) * g_prime(Z2)

    Theta1_grad = D2.T @ A1 / m
    Theta2_grad = D3.T @ A2 / m
    Theta1_grad[:, 1:] += lam / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lam / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
