import numpy as np


def sigmoidGradient(z):
    # derivative of 1/(1+e^-z) worked out by hand:
    #   g'(z) = e^-z / (1 + e^-z)^2
    z = np.asarray(z, dtype=float)
    e = np.exp(-z)
    g = e / (1 + e) ** 2
    return g


if __name__ == "__main__":
    print(sigmoidGradient(np.array([-1, -0.5, 0, 0.5, 1])))
    # expected: [0.19661193 0.23500371 0.25 0.23500371 0.19661193]
