import numpy as np
from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    m = X.shape[0]

    a1 = np.column_stack((np.ones(m), X))
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.column_stack((np.ones(m), a2))
    a3 = sigmoid(a2 @ Theta2.T)

    # labels in the .mat are 1..10 (10 is the digit 0), so shift argmax by one
    p = np.argmax(a3, axis=1) + 1
    return p
