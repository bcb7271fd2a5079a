from utils.sigmoid import sigmoid


def predict(theta, X):
    """Predict 0/1 with the learned logistic regression parameters theta
    (threshold 0.5)."""
    p = sigmoid(X.dot(theta)) >= 0.5
    return p.astype(int)
