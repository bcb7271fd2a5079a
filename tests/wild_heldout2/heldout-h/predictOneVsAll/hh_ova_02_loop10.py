# In[21]:


import numpy as np
from scipy.special import expit


# In[22]:


num_labels = 10   # 10 labels, from 1 to 10 (digit 0 is mapped to label 10)


# In[31]:


def predict_one_vs_all(all_theta, X):
    m = len(X)
    X = np.hstack((np.ones((m, 1)), X))
    probs = np.zeros((m, num_labels))
    for c in range(num_labels):
        probs[:, c] = expit(X.dot(all_theta[c]))
    # +1 because labels start at 1
    return np.argmax(probs, axis=1) + 1


# In[32]:


# pred = predict_one_vs_all(all_theta, X)
# print('Training Set Accuracy:', np.mean(pred == y.ravel()) * 100)
