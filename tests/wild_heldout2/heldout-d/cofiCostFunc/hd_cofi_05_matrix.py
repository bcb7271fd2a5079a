# coding: utf-8

# In[1]:

import numpy as np
import scipy.optimize as opt


# In[7]:

def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, reg):
    params = np.matrix(params).reshape(-1, 1)
    X = params[:num_movies*num_features].reshape(num_features, num_movies).T
    Theta = params[num_movies*num_features:].reshape(num_features, num_users).T
    Y = np.matrix(Y)
    R = np.matrix(R)

    E = np.multiply(X * Theta.T - Y, R)

    J = 0.5 * np.sum(np.power(E, 2)) + reg * (np.sum(np.power(Theta, 2)) + np.sum(np.power(X, 2)))

    X_grad = E * Theta + reg * X
    Theta_grad = E.T * X

    grad = np.concatenate((X_grad.T.A1, Theta_grad.T.A1))
    return J, grad


# In[8]:

# res = opt.minimize(fun=cofiCostFunc, x0=params, args=(Ynorm, R, num_users, num_movies, num_features, 10),
#                    method='TNC', jac=True)
