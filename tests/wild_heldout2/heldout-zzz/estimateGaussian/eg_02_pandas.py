# In[3]:

import numpy as np
import pandas as pd


# In[7]:

def estimate_gaussian(X):
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu, sigma2
