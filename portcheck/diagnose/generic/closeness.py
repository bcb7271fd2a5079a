"""How close a port's run is to OCTAVE's outputs: what the repair search counts as agreement and as progress.

:func:`agrees` -- every output at parity; :func:`distance` -- the largest normwise
relative difference (how many labels are wrong, for labels); :func:`remaining`
and :func:`nearer` -- a change that leaves a difference some whole-output relation
explains (:mod:`.relations`), a second mistake in sight.
"""
from __future__ import annotations

import numpy as np

from ...compare import compare_output
from .relations import aligned

__all__ = ["agrees", "distance", "labels_only", "nearer", "remaining"]


def agrees(ctx, run, ref_outputs, names) -> tuple[bool, float]:
    if run.failure is not None or run.outputs is None or len(run.outputs) < len(names):
        return False, np.inf
    worst = 0.0
    free = getattr(getattr(ctx, "case", None), "sign_free", ())  # pca's U: each column up to its sign, as compared
    for i, name in enumerate(names):
        o = compare_output(name, i + 1, run.outputs[i], ref_outputs[i], rtol=ctx.rtol, atol=ctx.atol,
                           sign_free=name in free)
        if o.status != "parity":
            return False, np.inf
        worst = max(worst, o.max_rel if np.isfinite(o.max_rel) else 0.0)
    return True, worst


def distance(run, ref_outputs) -> float:
    """How far a run's outputs are from OCTAVE's: the largest normwise relative difference.

    ``inf`` when the port raised, ``nan`` when an output has another shape (no distance to speak of).
    """
    if run.failure is not None or run.outputs is None:
        return np.inf
    if len(run.outputs) < len(ref_outputs):
        return np.nan
    worst = 0.0
    for b, a in zip(run.outputs, ref_outputs):
        A, B = aligned(a, b)
        if A is None or B is None or A.shape != B.shape:
            return np.nan
        with np.errstate(all="ignore"):
            if _whole(A) and _whole(B):  # labels: how many are wrong, not how far (class 2 is no nearer 3 than 9)
                d = float(np.mean(A != B)) if A.size else 0.0
            else:
                d = float(np.linalg.norm((B - A).ravel()) / max(float(np.linalg.norm(A.ravel())), 1e-300))
        worst = max(worst, d if np.isfinite(d) else np.inf)
    return worst


def _whole(A) -> bool:
    return A.dtype.kind in "biuf" and A.size > 0 and bool(np.all(np.isfinite(A))) and bool(np.all(A == np.round(A)))


def labels_only(outputs) -> bool:
    """Every output integer-valued, with 10 entries or more: a change that leaves a third as many wrong is progress."""
    arrays = [np.asarray(o) for o in outputs if o is not None]
    return bool(arrays) and all(_whole(a.astype(float)) for a in arrays if a.dtype.kind in "biuf") \
        and sum(a.size for a in arrays) >= 10


def nearer(ctx, run, s) -> bool:
    """An output of another shape than OCTAVE's is now nearer it in size (21 of 28 columns -> 27), none farther,
    and a relation explains what is left (the column of ones missing): a step of a two-mistake repair."""
    if run.failure is None and run.outputs is not None and s.port.outputs:
        gaps = lambda outputs: [abs(int(np.size(b)) - int(np.size(a))) for b, a in zip(outputs, s.reference.outputs)]
        now, was = gaps(run.outputs), gaps(s.port.outputs)
        if len(now) == len(was) and all(x <= y for x, y in zip(now, was)) and now != was:
            return remaining(ctx, run, s) is not None
    return False


def remaining(ctx, run, screen) -> list | None:
    """With a change that gave every output OCTAVE's shape: the relation each output that still differs bears to
    OCTAVE's (``[(output, set, relation)]``), or None when one does not (then nothing says the change is right).

    A mapFeature that stops one degree short *and* swaps its exponents: the range end repaired, the 28 columns
    are OCTAVE's in another order -- two mistakes, each named.
    """
    from .causes import sizes_of
    from .relations import relate

    out = []
    sizes = sizes_of(screen.input_set.values.values())
    for name, b, a in zip(ctx.output_names, run.outputs, screen.reference.outputs):
        A, B = aligned(a, b)
        if A is None or B is None:
            return None
        if A.shape == B.shape and np.allclose(B, A, rtol=ctx.rtol, atol=ctx.atol, equal_nan=True):
            continue
        rel = relate(a, b, sizes)
        if rel is None:
            return None
        out.append((name, screen.input_set.name, rel))
    return out or None
