#!/usr/bin/env python
# coding: utf-8

# ## Recommender Systems

# In[1]:


import numpy as np


# In[7]:


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lmbda=0.0):
    X = params[:num_movies * num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies * num_features:].reshape(num_users, num_features, order='F')

    pred = X.dot(Theta.T)
    J = np.sum(((pred - Y) * R) ** 2) / 2
    J += lmbda / 2 * (np.sum(Theta ** 2) + np.sum(X ** 2))

    diff = pred - Y
    X_grad = diff.dot(Theta) + lmbda * X
    Theta_grad = diff.T.dot(X) + lmbda * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad


# In[8]:


if __name__ == '__main__':
    nu, nm, nf = 4, 5, 3
    rng = np.random.RandomState(0)
    Y = rng.randint(0, 6, size=(nm, nu)).astype(float)
    R = (Y > 0).astype(float)
    p = rng.randn(nm * nf + nu * nf)
    print(cofi_cost_func(p, Y, R, nu, nm, nf, 1.5)[0])
