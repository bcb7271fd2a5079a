#!/usr/bin/env python
# coding: utf-8

# ## 2.2 Collaborative filtering learning algorithm

# In[14]:


import numpy as np


# In[15]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_=0.0):
    # params is X(:) followed by Theta(:), column-major like Octave
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    err = (X.dot(Theta.T) - Y) * R

    J = 0.5 * np.sum(err ** 2)
    J += (lambda_ / 2) * (np.sum(Theta ** 2) + np.sum(X ** 2))

    X_grad = err.dot(Theta) + lambda_ * X
    Theta_grad = err.T.dot(X) + lambda_ * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad


# In[16]:


if __name__ == "__main__":
    # tiny sanity run
    nm, nu, nf = 4, 3, 2
    p = np.sin(np.arange(1, nm * nf + nu * nf + 1))
    Yt = np.arange(12, dtype=float).reshape(nm, nu)
    Rt = (Yt % 3 != 0).astype(float)
    print(cofiCostFunc(p, Yt, Rt, nu, nm, nf, 1.5))
