# In[21]:


import numpy as np


# In[22]:


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, Lambda):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    predictions = X @ Theta.T
    err = predictions - Y

    J = 1 / 2 * np.sum((err * R) ** 2)
    reg_x = Lambda / 2 * np.sum(X ** 2)
    reg_theta = Lambda / 2 * np.sum(Theta ** 2)
    J = J + reg_x + reg_theta

    X_grad = err @ Theta + Lambda * X
    Theta_grad = err.T @ X + Lambda * Theta

    grad = np.concatenate([X_grad.ravel(order='F'), Theta_grad.ravel(order='F')])
    return J, grad
