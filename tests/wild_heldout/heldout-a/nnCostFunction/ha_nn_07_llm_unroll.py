import numpy as np


def sigmoid(z):
    """Compute the sigmoid of z element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    """Gradient of the sigmoid function evaluated at z."""
    g = sigmoid(z)
    return g * (1.0 - g)


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size,
                     num_labels, X, y, lambda_):
    """
    Implements the neural network cost function for a two layer neural
    network which performs classification.

    Parameters
    ----------
    nn_params : ndarray
        Unrolled parameter vector (MATLAB column-major order).
    input_layer_size : int
        Number of input units (excluding the bias unit).
    hidden_layer_size : int
        Number of hidden units (excluding the bias unit).
    num_labels : int
        Number of output classes.
    X : ndarray, shape (m, input_layer_size)
        Training examples.
    y : ndarray, shape (m,) or (m, 1)
        Labels in 1..num_labels.
    lambda_ : float
        Regularization parameter.

    Returns
    -------
    J : float
        Cost.
    grad : ndarray
        Unrolled gradient.
    """
    # Reshape nn_params back into Theta1 and Theta2 (MATLAB uses column-major order)
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:t1_size],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[t1_size:],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # Feedforward
    a1 = np.concatenate([np.ones((m, 1)), X], axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.concatenate([np.ones((m, 1)), sigmoid(z2)], axis=1)
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # Recode labels as one-hot vectors (labels are 1-based)
    y = np.asarray(y).reshape(-1)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y - 1] = 1

    # Cost with regularization (bias columns excluded)
    J = (-1.0 / m) * np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3))
    J += (lambda_ / (2.0 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = (delta2.T @ a1) / m
    Theta2_grad = (delta3.T @ a2) / m

    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    # Unroll gradients
    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])

    return J, grad
