import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # one hot encode y (y is (m,1) from the .mat file)
    y_onehot = pd.get_dummies(y.flatten()).to_numpy(dtype=float)

    # forward pass
    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2 @ Theta2.T
    h = sigmoid(z3)

    J = (1 / m) * np.sum(-y_onehot * np.log(h) - (1 - y_onehot) * np.log(1 - h))
    J = J + (Lambda / (2 * m)) * (np.sum(np.square(Theta1)) + np.sum(np.square(Theta2)))

    # back prop
    delta3 = h - y_onehot
    delta2 = delta3 @ Theta2[:, 1:] * sigmoid_gradient(z2)
    Delta1 = delta2.T @ a1
    Delta2 = delta3.T @ a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')])
    return J, grad
