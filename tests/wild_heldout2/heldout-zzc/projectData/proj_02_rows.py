# -*- coding: utf-8 -*-
import numpy as np


def project_data(X, U, K):
    """
    数据映射: 把 X 投影到前 K 个主成分上
    :param X: (m, n) normalised data
    :param U: eigenvectors from svd(Sigma)
    :param K: number of components to keep
    :return: Z (m, K)
    """
    u_reduce = U[:K]          # top K eigenvectors
    Z = X @ u_reduce.T
    return Z
