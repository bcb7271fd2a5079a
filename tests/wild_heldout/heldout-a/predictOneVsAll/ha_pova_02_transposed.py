import numpy as np
from sigmoid import sigmoid

#PREDICT Predict the label for a trained one-vs-all classifier. The labels
#are in the range 1..K, where K = size(all_theta, 1).
def predictOneVsAll(all_theta, X):

    m = X.shape[0] # Number of training examples

    # Add ones to the X data matrix
    X = np.vstack((np.ones(m), X.T)).T

    return np.argmax(sigmoid(np.dot(all_theta, X.T)), axis=0)
