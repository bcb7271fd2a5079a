"""Feed-forward / back-propagation cost for the ex4 digit classifier."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    g = sigmoid(z)
    return g * (1.0 - g)


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float = 0.0):
    """
    Implements the neural network cost function for a two layer neural network
    which performs classification.

    Parameters
    ----------
    nn_params : ndarray
        The parameters of the network, unrolled into a vector
        (as MATLAB's ``[Theta1(:); Theta2(:)]``).
    input_layer_size, hidden_layer_size, num_labels : int
        Layer sizes.
    X : ndarray, shape (m, input_layer_size)
    y : ndarray, shape (m,)
        Labels from 1 to num_labels.
    lambda_ : float
        Regularization parameter.

    Returns
    -------
    J : float
    grad : ndarray
        Unrolled gradient, same layout as ``nn_params``.
    """
    # Reshape nn_params back into the weight matrices
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1))
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1))

    m = y.size

    # Feedforward
    a1 = np.concatenate([np.ones((m, 1)), X], axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.concatenate([np.ones((m, 1)), sigmoid(z2)], axis=1)
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # Recode labels as one-hot vectors
    y_matrix = np.eye(num_labels)[y.reshape(-1) - 1]

    J = (-1 / m) * np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3))
    J += (lambda_ / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    # Backpropagation
    delta_3 = a3 - y_matrix
    delta_2 = (delta_3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Delta1 = delta_2.T @ a1
    Delta2 = delta_3.T @ a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    # Unroll gradients (column-major, like MATLAB's (:) operator)
    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])

    return J, grad
