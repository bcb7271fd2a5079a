def first_k_columns(A, k):
    """A(:, 1:k) in octave terms."""
    return A[:, :k]
