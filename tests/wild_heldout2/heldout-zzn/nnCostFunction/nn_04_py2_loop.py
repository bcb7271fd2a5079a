import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_reg):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:t1_size], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[t1_size:], (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    J = 0
    Theta1_grad = np.zeros(Theta1.shape)
    Theta2_grad = np.zeros(Theta2.shape)

    for i in xrange(m):
        a1 = np.concatenate(([1], X[i, :]))
        z2 = np.dot(Theta1, a1)
        a2 = np.concatenate(([1], sigmoid(z2)))
        a3 = sigmoid(np.dot(Theta2, a2))

        yk = np.zeros(num_labels)
        yk[y[i] - 1] = 1

        J += np.sum(-yk * np.log(a3) - (1 - yk) * np.log(1 - a3))

        delta3 = a3 - yk
        delta2 = np.dot(Theta2[:, 1:].T, delta3) * sigmoidGradient(a2[1:])

        Theta1_grad += np.outer(delta2, a1)
        Theta2_grad += np.outer(delta3, a2)

    J = J / m
    reg = (lambda_reg / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))
    J = J + reg

    Theta1_grad = Theta1_grad / m
    Theta2_grad = Theta2_grad / m
    Theta1_grad[:, 1:] += lambda_reg * Theta1[:, 1:] / m
    Theta2_grad[:, 1:] += lambda_reg * Theta2[:, 1:] / m

    grad = np.concatenate((Theta1_grad.flatten('F'), Theta2_grad.flatten('F')))
    return J, grad


if __name__ == "__main__":
    np.random.seed(0)
    X = np.random.rand(5, 3)
    y = np.array([[1], [2], [3], [1], [2]])
    params = np.sin(np.arange(1, 5 * 4 + 3 * 6 + 1)) / 10
    J, grad = nn_cost_function(params, 3, 5, 3, X, y, 3)
    print "cost at debug params:", J
    print grad.shape
