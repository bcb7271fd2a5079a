#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd


# In[4]:


# X here is just the population column: the intercept is added below
def compute_cost(X, y, theta):
    m = len(y)
    X = np.column_stack((np.ones(m), X))
    return np.sum(np.square(X.dot(theta) - y)) / (2 * m)


# In[6]:


def gradient_descent(X, y, theta, alpha, iterations):
    m = len(y)
    Xb = np.column_stack((np.ones(m), X))
    J_history = []

    for _ in range(iterations):
        error = Xb.dot(theta) - y
        theta = theta - (alpha / m) * Xb.T.dot(error)
        J_history.append(compute_cost(X, y, theta))

    return theta, np.array(J_history)


# In[7]:


if __name__ == "__main__":
    df = pd.DataFrame({"population": [6.1, 5.5, 8.5, 7.0, 5.8],
                       "profit": [17.6, 9.1, 13.7, 11.9, 6.8]})
    X = df[["population"]].values
    y = df[["profit"]].values
    theta, J = gradient_descent(X, y, np.zeros((2, 1)), 0.01, 1500)
    print(theta.ravel(), J[-1])
