from numpy import matrix, loadtxt


def normalEqn(X, y):
    X = matrix(X)
    y = matrix(y)
    if y.shape[0] == 1:
        y = y.T
    theta = (X.T * X).I * X.T * y
    return theta


if __name__ == '__main__':
    data = matrix([[1., 2104., 3.], [1., 1600., 3.], [1., 2400., 3.], [1., 1416., 2.]])
    price = matrix([[399900.], [329900.], [369000.], [232000.]])
    print 'theta from the normal equations:'
    print normalEqn(data, price)
