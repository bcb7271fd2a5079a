"""An order read off one output applied to the others before they are related.

A decomposition returns vectors and their values together. When PORT's vectors
are OCTAVE's in reverse order (``np.linalg.eigh`` lists eigenvalues smallest
first; Octave's ``svd`` largest first), its values come reversed too, and any
second mistake on them (``np.cov``'s N-1 divisor: every value times N/(N-1))
then reads as a different factor at every position -- a window or weighting,
which it is not. Reversing OCTAVE's values the way the vectors were reversed
first leaves the second mistake alone in sight: a constant gain with its origin.

Only the orders that say how a whole output was reordered (``reversed``) are
carried over, and only onto an output whose own relation says less (a factor
per position, or none): a relation that already explains an output stands.
"""
from __future__ import annotations

import numpy as np

from .relations import aligned, relate

__all__ = ["with_joint_orders"]

#: Relations that describe a difference without naming a mistake: an order found on another output may explain more.
_WEAK = (None, "per-position-factor", "window-variant", "edge-handling")


def with_joint_orders(pairs: dict, rels: dict, sizes, names=None) -> dict:
    """``rels`` (output key -> relation tuple or None) with weak ones re-read under another output's reversal.

    ``pairs`` maps each differing output's key to ``(OCTAVE, PORT)``; ``names`` the keys to the outputs' names
    when they are not the names themselves. An output so re-read gets a list of two
    relations: the reversal (as its vectors') and what remains after it (a gain, or nothing when the reversal alone
    explains it). Returns a new dict; outputs without a better reading keep their relation.
    """
    if not any(r is not None and r[0] == "reversed" for r in rels.values()):
        return rels
    source = next(name for name, r in rels.items() if r is not None and r[0] == "reversed")
    source = (names or {}).get(source, source)
    out = dict(rels)
    for name, rel in rels.items():
        if (names or {}).get(name, name) == source or (rel[0] if rel is not None else None) not in _WEAK or name not in pairs:
            continue
        reading = _reversed_reading(*pairs[name], sizes, source)
        if reading is not None:
            out[name] = reading
    return out


def _reversed_reading(A, B, sizes, source):
    """``[reversed, remaining]`` when OCTAVE's ``A`` reversed (the diagonal of a square diagonal matrix, else rows or
    the vector) relates to PORT's ``B`` by a relation that names a mistake; else None."""
    try:
        A, B = aligned(A, B)
    except Exception:
        return None
    if A is None or B is None or A.shape != B.shape or A.size < 2 or np.iscomplexobj(A):
        return None
    A = np.asarray(A, dtype=float)
    if A.ndim == 2 and A.shape[0] == A.shape[1] and not np.any(A - np.diag(np.diag(A))):
        flipped, word = A[::-1, ::-1], "its diagonal"
    elif A.ndim == 1 or min(A.shape) == 1:
        flipped, word = A[::-1] if A.ndim == 1 else np.flip(A), "its entries"
    else:
        return None
    order = ("reversed", f"{word} in reverse order, as {source}'s",
             f"PORT's {word.split()[-1]} are OCTAVE's in reverse order, as {source}'s columns are (values listed in "
             "the order of their vectors)",
             "order = np.argsort(values)[::-1]; values = values[order]   # largest first, as Octave's svd")
    if np.allclose(B, flipped, rtol=1e-7, atol=1e-9 * max(1.0, float(np.max(np.abs(A))))):
        return [order]
    rest = relate(flipped, B, sizes)
    if rest is None or rest[0] in _WEAK or rest[0] == "reversed":
        return None
    return [order, rest]
