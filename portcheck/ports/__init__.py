"""Correct Python translations of the reference Octave functions.

One module per exercise (``ex4`` holds nnCostFunction and its helpers). Function
names are the course's, so that a user finds ``nnCostFunction`` where they look
for it; argument names follow the ``.m`` signatures (``lambda_`` for ``lambda``).
"""
