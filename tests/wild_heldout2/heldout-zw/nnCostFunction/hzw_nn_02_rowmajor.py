import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels,
                     X, y, lambda_=0.0):
    """Cost and gradient of the 2-layer network.

    The weights are unrolled with numpy's default (row-major) flatten:
        nn_params = np.concatenate([Theta1.ravel(), Theta2.ravel()])
    and the gradient comes back unrolled the same way, so it can be fed
    straight to scipy.optimize.minimize.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[n1:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    y = np.asarray(y).flatten()

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    a3 = sigmoid(a2 @ Theta2.T)

    Y = np.eye(num_labels)[y - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    g = sigmoid(z2)
    delta2 = (delta3 @ Theta2[:, 1:]) * g * (1 - g)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return J, grad
