# ex4 - neural network cost function, backprop with a loop over the examples
import numpy as np

from nnutils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lam):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[n1:].reshape((hidden_layer_size + 1, num_labels)).T

    m = X.shape[0]
    y = y.flatten()

    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in xrange(m):
        a1 = np.hstack(([1.0], X[t]))
        z2 = Theta1.dot(a1)
        a2 = np.hstack(([1.0], sigmoid(z2)))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[t] - 1] = 1

        J += -np.sum(yk * np.log(a3) + (1 - yk) * np.log(1 - a3))

        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoid_gradient(z2)

        Delta1 += np.outer(d2, a1)
        Delta2 += np.outer(d3, a2)

    J = J / m
    coef = lam / m
    J += coef / 2.0 * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += coef * Theta1[:, 1:]
    Theta2_grad[:, 1:] += coef * Theta2[:, 1:]

    grad = np.hstack((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad


if __name__ == '__main__':
    p = np.sin(np.arange(1, 32)) / 10.0
    Xd = np.cos(np.arange(1, 11)).reshape(5, 2)
    yd = np.array([[1], [2], [3], [1], [2]])
    J, g = nn_cost_function(p, 2, 5, 3, Xd, yd, 1)
    print "cost:", J
