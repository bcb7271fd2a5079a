from scipy.special import expit


def sigmoidGradient(z):
    # expit is the logistic function 1 / (1 + exp(-z))
    g = expit(z)
    return g * (1 - g)
