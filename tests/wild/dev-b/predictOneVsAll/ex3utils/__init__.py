from .functions import sigmoid, add_intercept

__all__ = ["sigmoid", "add_intercept"]
