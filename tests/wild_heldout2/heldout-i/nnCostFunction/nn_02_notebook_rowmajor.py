# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:

import numpy as np


# In[2]:

def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


# In[7]:

# NOTE: params are unrolled with numpy's default (row by row), i.e.
# np.concatenate([Theta1.ravel(), Theta2.ravel()]) -- use the same for the
# initial params and for anything you pass to minimize.
def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = len(X)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    y_matrix = np.eye(num_labels)[y.flatten() - 1]

    J = (1 / m) * np.sum(-y_matrix * np.log(h) - (1 - y_matrix) * np.log(1 - h))
    J = J + (lambda_ / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    d3 = h - y_matrix
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Delta1 = d2.T.dot(a1)
    Delta2 = d3.T.dot(a2)

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])

    return J, grad


# In[8]:

if __name__ == "__main__":
    print("run the cells above in the notebook")
