from .logistic import sigmoid, add_intercept
