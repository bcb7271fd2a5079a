#!/usr/bin/env python
# coding: utf-8

# # Exercise 4 - Neural Networks Learning

# In[1]:


import numpy as np
from scipy.optimize import minimize


# In[2]:


INPUT_LAYER_SIZE = 400   # 20x20 input images of digits
HIDDEN_LAYER_SIZE = 25   # 25 hidden units
NUM_LABELS = 10          # 10 labels, from 1 to 10


# In[4]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


# In[7]:


# weights are unrolled with numpy's flatten() so the optimizer vector is
# np.concatenate([Theta1.flatten(), Theta2.flatten()])
def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = nn_params[:hidden_layer_size * (input_layer_size + 1)].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(Theta1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2.dot(Theta2.T)
    a3 = sigmoid(z3)

    y_matrix = np.eye(num_labels)[y.flatten() - 1]

    J = -1 / m * np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3))
    J = J + lmbda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    d3 = a3 - y_matrix
    d2 = d3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Delta1 = d2.T.dot(a1)
    Delta2 = d3.T.dot(a2)

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + lmbda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(), Theta2_grad.flatten()))
    return J, grad


# In[8]:


if __name__ == "__main__":
    rng = np.random.RandomState(0)
    X_demo = rng.rand(5, INPUT_LAYER_SIZE)
    y_demo = np.array([[1], [2], [3], [10], [5]])
    n = HIDDEN_LAYER_SIZE * (INPUT_LAYER_SIZE + 1) + NUM_LABELS * (HIDDEN_LAYER_SIZE + 1)
    p0 = (rng.rand(n) - 0.5) * 0.24
    res = minimize(nnCostFunction, p0, jac=True, method="TNC",
                   args=(INPUT_LAYER_SIZE, HIDDEN_LAYER_SIZE, NUM_LABELS, X_demo, y_demo, 1.0),
                   options={"maxiter": 20})
    print(res.fun)
