from scipy.special import expit


def sigmoidGradient(z):
    # g'(z) = g(z) * (1 - g(z)), works for scalars, vectors and matrices
    return expit(z) * (1 - expit(z))
