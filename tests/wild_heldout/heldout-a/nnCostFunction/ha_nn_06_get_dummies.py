#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np
import pandas as pd
from scipy.io import loadmat
import scipy.optimize as opt


# In[2]:


def sigmoid(z):
    return 1/(1+np.exp(-z))

def sigmoidGradient(z):
    return sigmoid(z)*(1-sigmoid(z))


# In[5]:


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    theta1 = nn_params[0:(hidden_layer_size*(input_layer_size+1))].reshape(hidden_layer_size,(input_layer_size+1))
    theta2 = nn_params[(hidden_layer_size*(input_layer_size+1)):].reshape(num_labels,(hidden_layer_size+1))

    m = X.shape[0]
    y_matrix = pd.get_dummies(y.ravel()).as_matrix()

    # Forward
    a1 = np.c_[np.ones((m,1)),X]
    z2 = theta1.dot(a1.T)
    a2 = np.c_[np.ones((m,1)),sigmoid(z2.T)]
    z3 = theta2.dot(a2.T)
    a3 = sigmoid(z3)

    J = -1*(1/m)*np.sum((np.log(a3.T)*(y_matrix)+np.log(1-a3).T*(1-y_matrix))) + \
        (reg/(2*m))*(np.sum(np.square(theta1[:,1:])) + np.sum(np.square(theta2[:,1:])))

    # Backprop
    d3 = a3.T - y_matrix
    d2 = theta2[:,1:].T.dot(d3.T)*sigmoidGradient(z2)

    delta1 = d2.dot(a1)
    delta2 = d3.T.dot(a2)

    theta1_ = np.c_[np.zeros((theta1.shape[0],1)),theta1[:,1:]]
    theta2_ = np.c_[np.zeros((theta2.shape[0],1)),theta2[:,1:]]

    theta1_grad = delta1/m + (theta1_*reg)/m
    theta2_grad = delta2/m + (theta2_*reg)/m

    return(J, np.r_[theta1_grad.ravel(), theta2_grad.ravel()])


# In[6]:


# data = loadmat('data/ex4data1.mat')
# X, y = data['X'], data['y']
# weights = loadmat('data/ex4weights.mat')
# theta1, theta2 = weights['Theta1'], weights['Theta2']
# params = np.r_[theta1.ravel(), theta2.ravel()]
# nnCostFunction(params, 400, 25, 10, X, y, 1)[0]
