#!/usr/bin/env python
# coding: utf-8

# ## Recommender systems

# In[14]:


import numpy as np


# In[15]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lamb):
    X = params[:num_movies*num_features].reshape(num_movies, num_features, order='F')
    Theta = params[num_movies*num_features:].reshape(num_users, num_features, order='F')

    pred = X.dot(Theta.T)
    diff = pred - Y

    # only the movies that were rated count
    J = 1/2 * np.sum((diff * R)**2)
    J = J + lamb/2 * np.sum(Theta**2) + lamb/2 * np.sum(X**2)

    X_grad = diff.dot(Theta) + lamb * X
    Theta_grad = diff.T.dot(X) + lamb * Theta

    grad = np.concatenate([X_grad.flatten('F'), Theta_grad.flatten('F')])
    return J, grad


# In[16]:


if __name__ == "__main__":
    num_users, num_movies, num_features = 4, 5, 3
    params = np.sin(np.arange(1, (num_users + num_movies) * num_features + 1))
    Y = np.arange(20).reshape(5, 4) % 5.0
    R = (Y > 1).astype(float)
    J, grad = cofiCostFunc(params, Y, R, num_users, num_movies, num_features, 1.5)
    print(J)
