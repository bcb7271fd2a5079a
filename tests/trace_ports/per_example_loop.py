"""nnCostFunction with a loop over the examples (as ex4.pdf suggests), accumulating Delta1 and Delta2."""
import numpy as np


def sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)], (hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):], (num_labels, hidden_layer_size + 1), order="F")
    m = X.shape[0]
    J = 0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)
    for t in range(m):
        a1 = np.concatenate(([1], X[t, :]))
        z2 = Theta1 @ a1
        a2 = np.concatenate(([1], sig(z2)))
        z3 = Theta2 @ a2
        a3 = sig(z3)
        yk = np.zeros(num_labels)
        yk[int(y[t, 0]) - 1] = 1
        J = J + np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))
        d3 = a3 - yk
        d2 = (Theta2[:, 1:].T @ d3) * sig(z2)          # MISTAKE: sig(z2) * (1 - sig(z2))
        Delta1 = Delta1 + np.outer(d2, a1)
        Delta2 = Delta2 + np.outer(d3, a2)
    J = J / m + lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))
    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]
    grad = np.concatenate((Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")))
    return J, grad
