# In[3]:
import numpy as np


# In[4]:
def mapFeature(X1, X2, degree=6):
    X1 = X1.reshape(-1, 1)
    X2 = X2.reshape(-1, 1)
    out = np.ones((X1.shape[0], 1))
    for i in range(1, degree + 1):
        for j in range(0, i + 1):
            out = np.hstack((out, (X1 ** (i - j)) * (X2 ** j)))
    return out
