import numpy as np
import pandas as pd
from scipy.special import expit


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(
        (input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (hidden_layer_size + 1, num_labels)).T

    m = X.shape[0]

    # one hot encode y
    Y = pd.get_dummies(y.ravel()).values.astype(float)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.insert(expit(z2), 0, 1, axis=1)
    z3 = a2 @ Theta2.T
    h = expit(z3)

    J = (1 / m) * np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h))
    J = J + (Lambda / m) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    delta3 = h - Y
    delta2 = delta3 @ Theta2[:, 1:] * (expit(z2) * (1 - expit(z2)))

    Delta1 = delta2.T @ a1
    Delta2 = delta3.T @ a2

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad
