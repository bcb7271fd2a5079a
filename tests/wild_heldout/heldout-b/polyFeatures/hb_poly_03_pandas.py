import numpy as np
import pandas as pd


def poly_features(x, power):
    """x -> [x, x^2, ..., x^power] as a feature matrix"""
    df = pd.DataFrame({'f1': np.ravel(x)})

    for i in range(2, power):
        df['f{}'.format(i)] = np.power(df['f1'], i)

    return df.as_matrix()
