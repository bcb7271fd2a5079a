# In[21]:


import numpy as np


# In[22]:


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, reg):
    X = np.reshape(params[:num_movies * num_features], (num_movies, num_features), order='F')
    Theta = np.reshape(params[num_movies * num_features:], (num_users, num_features), order='F')

    predictions = X @ Theta.T
    diff = predictions - Y

    # only the rated movies count in the cost
    J = np.sum((diff ** 2)[R == 1]) / 2
    J += reg / 2 * np.sum(Theta ** 2) + reg / 2 * np.sum(X ** 2)

    X_grad = diff @ Theta + reg * X
    Theta_grad = diff.T @ X + reg * Theta

    return J, np.concatenate([X_grad.flatten('F'), Theta_grad.flatten('F')])
