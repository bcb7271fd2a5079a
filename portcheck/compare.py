"""Align and compare outputs: PORT against OCTAVE, entry by entry.

Each output is compared in layers, as numpy's ``assert_allclose`` does: the
shape, then the NaN/Inf positions (NaN where OCTAVE has NaN, the same infinity
where OCTAVE has one), then the values where both are finite: an entry agrees
when ``|port - octave| <= atol + rtol * |octave|`` (Octave's value is the
desired one).

An output whose Octave entries are all NaN has no value to compare
(:attr:`OutputComparison.all_nan`): a run is then never parity
(:mod:`portcheck.workflow.coverage`). An output whose Octave entries are all
smaller than the default ``atol`` (not all zero) would agree with zeros, so it
is compared relative to its own scale (``atol = rtol * max|octave|``,
:attr:`OutputComparison.scale_note`). An ``atol`` other than the default was
declared (``--atol``, a case's own, ``portcheck.toml``) and is honoured as it
is (checkNNGradients' ``diff``, finite-difference noise near 2e-11, is one).

Default tolerances
------------------
``rtol = 1e-9``, ``atol = 1e-12``. Octave and NumPy evaluate the same formulas
with different BLAS call orders, so results differ by rounding: at most a few
units of 2.2e-16 per operation, growing with the length of the sums involved.
Measured on nnCostFunction (Octave 7.3.0 vs NumPy 2.4): at most 3.9e-14
relative and 2.8e-17 absolute at the debug size (the relative figure on an entry
of size 1e-4 that is a difference of larger terms), 9.0e-15 relative and 1.9e-15
absolute for the full-size gradient (m = 5000 terms per entry). A real porting
mistake moves values by 1e-3 relative or more, so a tolerance four orders above
the rounding and several below the bugs separates the two.

Shapes
------
Octave has no 1-D arrays: a vector comes back ``(n, 1)`` or ``(1, n)``, a
scalar ``(1, 1)``. A port returning the same entries as ``(n,)`` is *noted*, not
failed, unless ``strict_shapes``. Any other shape difference (``(m, m)`` from
broadcasting, a transposed matrix, a missing one-hot column) is a divergence.

Output mapping
--------------
A port may return a blocked output (the unrolled gradient ``grad =
[Theta1_grad(:); Theta2_grad(:)]``) as separate matrices -- ``(J, Theta1_grad,
Theta2_grad)`` or ``(J, [Theta1_grad, Theta2_grad])``. When the pieces have the
blocks' sizes they are joined column-major (:func:`map_port_outputs`), compared
block by block, and :attr:`SetResult.output_mapping` says so.
"""
from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass

import numpy as np

from .cases.base import InputSet
from .cases.blocks import Block
from .errors import UsageError
from .formatting import location
from .runner import PortRun, ReferenceRun
from .structured import compare_structured, is_structured

__all__ = ["DEFAULT_RTOL", "DEFAULT_ATOL", "check_tolerances", "Entry", "BlockStats", "OutputComparison", "Comparison", "SetResult", "compare_output", "compare_outputs", "as_numeric",
           "align_column_signs", "map_port_outputs", "as_diagonal"]

DEFAULT_RTOL = 1e-9
DEFAULT_ATOL = 1e-12
MAX_LOCATIONS = 5


@dataclass(frozen=True)
class Entry:
    """One entry that differs: flat (column-major) index, where it is, both values."""

    index: int
    label: str
    port: float
    octave: float
    abs_diff: float
    rel_diff: float


@dataclass(frozen=True)
class BlockStats:
    """Agreement inside one block of an output (``part`` is ``"bias"`` or ``"weights"``)."""

    block: str
    part: str
    size: int
    mismatched: int
    max_abs: float
    max_rel: float


@dataclass(frozen=True)
class OutputComparison:
    """The verdict for one output.

    ``status`` is ``"parity"``, ``"divergence"`` (values or shape differ),
    ``"missing"`` (the port returned fewer outputs) or ``"type"`` (not numeric).
    """

    name: str
    position: int
    status: str
    port_shape: tuple | None
    octave_shape: tuple | None
    shape_note: str = ""
    total: int = 0
    mismatched: int = 0
    max_abs: float = 0.0
    max_rel: float = 0.0
    max_abs_violation: float = 0.0
    max_rel_violation: float = 0.0
    worst: tuple[Entry, ...] = ()
    blocks: tuple[BlockStats, ...] = ()
    message: str = ""
    equivalence: str = ""
    compared: int = 0              # entries whose value was compared (OCTAVE not NaN); leaves of a struct/cell
    nonfinite_mismatched: int = 0  # entries whose NaN/Inf position differs (counted in ``mismatched`` too)
    nonfinite: str = ""            # the NaN/Inf layer in words ("" when the positions agree)
    scale_note: str = ""           # OCTAVE all below atol: compared relative to its own scale
    all_nan: bool = False          # OCTAVE is NaN at every entry: no value could be compared

    @property
    def parity(self) -> bool:
        return self.status == "parity"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["port_shape"] = list(self.port_shape) if self.port_shape is not None else None
        d["octave_shape"] = list(self.octave_shape) if self.octave_shape is not None else None
        return d


@dataclass(frozen=True)
class Comparison:
    """All outputs of one input set compared."""

    outputs: tuple[OutputComparison, ...]
    rtol: float
    atol: float
    strict_shapes: bool = False
    extra_outputs: int = 0

    @property
    def parity(self) -> bool:
        return all(o.parity for o in self.outputs)

    def to_dict(self) -> dict:
        return {
            "parity": self.parity,
            "rtol": self.rtol,
            "atol": self.atol,
            "strict_shapes": self.strict_shapes,
            "extra_port_outputs": self.extra_outputs,
            "outputs": [o.to_dict() for o in self.outputs],
        }


@dataclass(frozen=True)
class SetResult:
    """One input set: both runs and their comparison (None when a side raised)."""

    input_set: InputSet
    reference: ReferenceRun
    port: PortRun
    comparison: Comparison | None
    output_mapping: str = ""

    @property
    def status(self) -> str:
        """``parity``, ``divergence``, ``port-raised``, ``reference-raised``, ``input-mutation`` or ``extra-outputs``.

        A port that writes into its arguments is never parity, even when this
        call's outputs agree: the caller's next call gets different inputs. Nor
        is a port that returns more values than the reference: a caller
        unpacking the reference's outputs gets an error or the wrong value.
        """
        if self.reference.error is not None:
            return "reference-raised"
        if self.port.failure is not None:
            return "port-raised"
        if self.comparison is not None and self.comparison.parity:
            if self.port.mutated:
                return "input-mutation"
            return "extra-outputs" if self.comparison.extra_outputs else "parity"
        return "divergence"


def check_tolerances(rtol, atol) -> None:
    """Raise :class:`~portcheck.errors.UsageError` unless both are finite numbers >= 0.

    A negative or NaN tolerance would fail everything or nothing, and ``inf``
    would let any port pass.
    """
    for name, value in (("rtol", rtol), ("atol", atol)):
        ok = not isinstance(value, bool) and isinstance(value, (int, float, np.floating, np.integer))
        if not ok or not 0 <= float(value) < float("inf"):
            raise UsageError(f"{name}={value!r}: a tolerance must be a finite number >= 0",
                             tip=f"e.g. {name}={DEFAULT_RTOL if name == 'rtol' else DEFAULT_ATOL:g} (the default)")


def as_numeric(value) -> np.ndarray | None:
    """``value`` as a numeric ndarray, or None when it is not numbers (a str, a dict, None)."""
    if value is None or isinstance(value, (str, bytes, dict)):
        return None
    try:
        arr = np.asarray(value)
    except Exception:
        return None
    if arr.dtype == object:
        try:
            arr = arr.astype(float)
        except (TypeError, ValueError):
            return None
    if arr.dtype.kind not in "biufc":
        return None
    return arr


def as_diagonal(A, B) -> np.ndarray | None:
    """PORT's ``B`` as the diagonal matrix it stands for, when OCTAVE's ``A`` is a square diagonal matrix (k >= 2)
    and ``B`` a vector of k entries (numpy's ``svd`` returns the singular values so; Octave's ``S`` is diag(s));
    else None. A representation, as ``(n,)`` for ``(n, 1)`` is: the same numbers, noted."""
    if A is None or B is None or A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] < 2:
        return None
    if len(_squeezed(B.shape)) != 1 or B.size != A.shape[0] or np.any(A - np.diag(np.diag(A))):
        return None
    return np.diag(B.ravel())


def _squeezed(shape) -> tuple:
    return tuple(s for s in shape if s != 1)


def _label(index: int, blocks: list[Block], shape: tuple) -> str:
    for b in blocks:
        if b.offset <= index < b.offset + b.size:
            return b.label(index)
    if len(shape) == 2 and 1 not in shape:
        return location("", (index % shape[0], index // shape[0]))
    return location("", (index,))


def align_column_signs(port: np.ndarray, octave: np.ndarray, rtol: float, atol: float) -> tuple[np.ndarray, int]:
    """``port`` with each column that equals minus Octave's column negated, and how many were.

    Singular and eigen vectors are defined up to sign, and LAPACK drivers
    (Octave's gesvd, NumPy's gesdd) may pick either (pitfalls.md P12), so such a
    column is the same answer. Only whole columns that match after negation are
    flipped; anything else is left for the comparison to report.
    """
    if port.ndim != 2 or port.shape != octave.shape:
        return port, 0
    out = np.array(port, dtype=float, copy=True)
    flipped = 0
    for j in range(out.shape[1]):
        col, ref = out[:, j], octave[:, j]
        if not np.allclose(col, ref, rtol=rtol, atol=atol) and np.allclose(-col, ref, rtol=rtol, atol=atol):
            out[:, j] = -col
            flipped += 1
    return out, flipped


def compare_output(name: str, position: int, port, octave, *, rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL,
                   strict_shapes: bool = False, blocks: list[Block] | None = None, sign_free: bool = False) -> OutputComparison:
    """Compare one port output with the Octave one. Pure: never modifies its inputs.

    Layers, in numpy's ``assert_allclose`` order: shape, NaN/Inf positions,
    values (see the module docstring). With ``sign_free`` (singular/eigen
    vectors), columns equal up to sign are an equivalence: they are aligned
    first and the report notes how many.
    """
    blocks = list(blocks or [])
    if is_structured(octave) or (is_structured(port) and as_numeric(octave) is None):
        return _structured_output(name, position, port, octave, rtol, atol)
    A = as_numeric(octave)
    B = as_numeric(port)
    equivalence = ""
    if sign_free and A is not None and B is not None and A.dtype.kind in "fi" and B.dtype.kind in "fi":
        B, flipped = align_column_signs(B, A, rtol, atol)
        if flipped:
            equivalence = (f"{flipped} of {B.shape[1]} columns equal OCTAVE's up to sign "
                           "[noted: singular/eigen vectors are defined up to sign]")
    a_shape = tuple(A.shape) if A is not None else None
    if A is None:
        return OutputComparison(name, position, "type", None, None, message=f"OCTAVE returned a non-numeric {type(octave).__name__}")
    if B is None:
        kind = "nothing (None)" if port is None else f"a {type(port).__name__}"
        return OutputComparison(name, position, "type", None, a_shape, message=f"PORT returned {kind} where OCTAVE returned numbers of shape {a_shape}")
    b_shape = tuple(B.shape)
    shape_note = ""
    if b_shape != a_shape and not strict_shapes and as_diagonal(A, B) is not None:
        B, shape_note = as_diagonal(A, B), (f"PORT shape {b_shape}, OCTAVE shape {a_shape} [noted: the diagonal of "
                                            "OCTAVE's diagonal matrix, returned as a vector]")
    elif b_shape != a_shape:
        if _squeezed(b_shape) == _squeezed(a_shape):
            if _squeezed(a_shape) or strict_shapes:
                shape_note = f"PORT shape {b_shape}, OCTAVE shape {a_shape}"
                if strict_shapes:
                    return OutputComparison(name, position, "divergence", b_shape, a_shape, shape_note + " (--strict-shapes)",
                                            total=int(A.size), message="shapes differ")
                shape_note += " [noted: same entries, different singleton dimensions]"
        else:
            return OutputComparison(name, position, "divergence", b_shape, a_shape, f"PORT shape {b_shape}, OCTAVE shape {a_shape}",
                                    total=int(A.size), message=_shape_message(b_shape, a_shape))
    a = A.ravel(order="F").astype(complex if np.iscomplexobj(A) or np.iscomplexobj(B) else float)
    b = B.ravel(order="F").astype(a.dtype)
    lay = _layers(a, b, rtol, atol)
    bad, diff, rel, n_bad = lay["bad"], lay["diff"], lay["rel"], int(lay["bad"].sum())
    worst_idx = np.argsort(-np.where(bad, diff, -1), kind="stable")[: min(n_bad, MAX_LOCATIONS)] if n_bad else []
    worst = tuple(
        Entry(int(k), _label(int(k), blocks, a_shape), _num(b[k]), _num(a[k]), float(diff[k]), float(rel[k])) for k in worst_idx
    )
    finite = np.isfinite(rel)
    return OutputComparison(
        name, position, "divergence" if n_bad else "parity", b_shape, a_shape, shape_note,
        total=int(a.size), mismatched=n_bad,
        max_abs=float(diff.max()) if diff.size else 0.0,
        max_rel=float(rel[finite].max()) if finite.any() else (float("inf") if rel.size else 0.0),
        max_abs_violation=float(diff[bad].max()) if n_bad else 0.0,
        max_rel_violation=float(rel[bad].max()) if n_bad else 0.0,
        worst=worst, blocks=_block_stats(blocks, a.size, bad, diff, rel), equivalence=equivalence,
        compared=lay["compared"], nonfinite_mismatched=lay["nonfinite_bad"], nonfinite=lay["nonfinite"],
        scale_note=_scale_note(name, lay["scale"], atol, rtol) if lay["tiny"] else "",
        all_nan=bool(a.size) and lay["compared"] == 0,
    )


def _layers(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> dict:
    """Entry by entry, flat and column-major: the NaN/Inf layer, then the values where both are finite.

    Returns ``bad`` (mask of entries that differ in either layer), ``diff`` and
    ``rel`` (inf where a NaN/Inf position differs), ``compared`` (entries where
    OCTAVE is not NaN), ``nonfinite_bad`` and ``nonfinite`` (the NaN/Inf layer:
    a count and its description), ``scale`` (largest finite ``|octave|``) and
    ``tiny`` (OCTAVE all below ``atol`` but not all zero: compared relative to
    ``scale``).
    """
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        nan_a, nan_b = np.isnan(a), np.isnan(b)
        fin_a, fin_b = np.isfinite(a), np.isfinite(b)
        both_finite = fin_a & fin_b
        layer_bad = (nan_a != nan_b) | (~nan_a & ~nan_b & ~both_finite & (a != b))
        finite_abs = np.abs(a[fin_a])
        scale = float(finite_abs.max()) if finite_abs.size else 0.0
        tiny = 0.0 < scale <= atol and atol == DEFAULT_ATOL  # a declared atol is honoured (module doc)
        eff_atol = rtol * scale if tiny else atol
        diff = np.where(both_finite, np.abs(b - a), 0.0)
        diff = np.where(layer_bad, np.inf, diff)
        mag = np.where(fin_a, np.abs(a), 0.0)
        rel = np.where(diff == 0, 0.0, np.where(mag > 0, diff / np.where(mag > 0, mag, 1), np.inf))
        # |b - a| and |a| can overflow to inf for finite entries near the largest double (complex ones
        # especially): inf > inf is False, so an overflowed difference is a difference, not a tie
        overflow = both_finite & ~np.isfinite(diff) & (a != b)
        bad = layer_bad | overflow | (both_finite & (diff > eff_atol + rtol * mag))
    n_layer = int(layer_bad.sum())
    return {"bad": bad, "diff": diff, "rel": rel, "compared": int((~nan_a).sum()), "nonfinite_bad": n_layer,
            "nonfinite": _nonfinite_words(a, b, nan_a, nan_b, layer_bad) if n_layer else "",
            "scale": scale, "tiny": tiny}


def _nonfinite_words(a, b, nan_a, nan_b, layer_bad) -> str:
    """``NaN/Inf positions differ at k of n entries (PORT NaN where OCTAVE is not: 2; ...)``."""
    parts = []
    for count, words in ((int((nan_b & ~nan_a).sum()), "PORT NaN where OCTAVE is not"),
                         (int((nan_a & ~nan_b).sum()), "OCTAVE NaN where PORT is not"),
                         (int((layer_bad & ~nan_a & ~nan_b).sum()), "an infinity on one side only or of the other sign")):
        if count:
            parts.append(f"{words}: {count}")
    return f"NaN/Inf positions differ at {int(layer_bad.sum())} of {a.size} entries ({'; '.join(parts)})"


def _scale_note(name: str, scale: float, atol: float, rtol: float) -> str:
    return (f"OCTAVE's {name} is all below atol={atol:g} in magnitude (largest {scale:.3g}): compared relative to "
            f"its own scale (atol = rtol x {scale:.3g} = {rtol * scale:.3g}), so zeros do not pass for it")


def _block_stats(blocks, size: int, bad, diff, rel) -> tuple:
    stats = []
    for blk in blocks:
        idx = np.arange(blk.offset, min(blk.offset + blk.size, size))
        is_bias = np.array([blk.is_bias(int(k)) for k in idx], dtype=bool)
        parts = [("bias", is_bias), ("weights", ~is_bias)] if blk.bias_column else [("all", np.ones(idx.size, bool))]
        for part, mask in parts:
            sel = idx[mask]
            if sel.size:
                stats.append(BlockStats(blk.name, part, int(sel.size), int(bad[sel].sum()), float(diff[sel].max()), float(rel[sel].max())))
    return tuple(stats)


def _structured_output(name, position, port, octave, rtol, atol) -> OutputComparison:
    """A struct, cell or string output, compared field by field and item by item (:mod:`portcheck.structured`)."""
    leaves, bad, messages = compare_structured(port, octave, rtol, atol, name)
    return OutputComparison(name, position, "divergence" if bad else "parity", None, None, total=leaves,
                            mismatched=bad, message="; ".join(messages), compared=leaves)


def _num(x):
    x = complex(x)
    return x.real if x.imag == 0 else x


def _shape_message(b_shape, a_shape) -> str:
    if len(a_shape) == 2 and b_shape == a_shape[::-1]:
        return "PORT is the transpose shape of OCTAVE"
    n = int(np.prod(a_shape))
    if len(b_shape) == 2 and b_shape[0] == b_shape[1] == n and n > 1:
        return f"PORT is {n}x{n} where OCTAVE is a length-{n} vector: an (m,1) op (m,) broadcast"
    return "shapes differ"


def compare_outputs(names, port_outputs, octave_outputs, *, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL,
                    strict_shapes=False, blocks: dict | None = None, sign_free=()) -> Comparison:
    """Compare every reference output with the port's output in the same position."""
    blocks = blocks or {}
    results = []
    for i, name in enumerate(names):
        if i >= len(port_outputs):
            results.append(OutputComparison(name, i + 1, "missing", None, tuple(np.shape(octave_outputs[i])),
                                            message=f"PORT returned {len(port_outputs)} output(s); OCTAVE returns {len(names)}"))
            continue
        results.append(compare_output(name, i + 1, port_outputs[i], octave_outputs[i], rtol=rtol, atol=atol,
                                      strict_shapes=strict_shapes, blocks=blocks.get(name), sign_free=name in sign_free))
    return Comparison(tuple(results), rtol, atol, strict_shapes, max(0, len(port_outputs) - len(names)))


def map_port_outputs(run, output_names, blocks: dict | None) -> tuple:
    """Join a blocked output the port returned as separate matrices.

    A reference output with blocks (``grad`` = Theta1 then Theta2, each
    column-major) may come back from the port as one array per block: as extra
    outputs ``(J, Theta1_grad, Theta2_grad)`` or as a list/tuple in its place
    ``(J, [Theta1_grad, Theta2_grad])``. When every piece has its block's size,
    the pieces are unrolled column-major and concatenated, so the comparison
    runs block by block. Returns the (possibly) new run and a note ("" when
    nothing was mapped).

    Parameters
    ----------
    run : PortRun
        What the port returned (:class:`portcheck.runner.PortRun`).
    output_names : sequence of str
        The reference's outputs.
    blocks : dict, optional
        ``{output_name: [Block, ...]}`` of the input set.
    """
    if run.outputs is None or not blocks:
        return run, ""
    outs = list(run.outputs)
    names = list(output_names)
    for name, blks in blocks.items():
        if name not in names or len(blks) < 2:
            continue
        pos = names.index(name)
        pieces = None
        how = ""
        if pos < len(outs) and isinstance(outs[pos], (list, tuple)) and len(outs[pos]) == len(blks):
            pieces, how = list(outs[pos]), f"a {type(outs[pos]).__name__} of {len(blks)} arrays"
            span = 1
        elif len(outs) == len(names) + len(blks) - 1:
            pieces, how = outs[pos:pos + len(blks)], f"{len(blks)} separate outputs"
            span = len(blks)
        if pieces is None:
            continue
        arrays = []
        for piece, blk in zip(pieces, blks):
            try:
                a = np.asarray(piece, dtype=float)
            except (TypeError, ValueError):
                arrays = None
                break
            if a.size != blk.size:
                arrays = None
                break
            arrays.append(a)
        if arrays is None:
            continue
        joined = np.concatenate([a.ravel(order="F") if a.ndim == 2 else a.ravel() for a in arrays])
        outs[pos:pos + span] = [joined]
        shapes = ", ".join(f"{b.name}_{name} {'x'.join(map(str, np.shape(a)))}" for b, a in zip(blks, arrays))
        note = (f"PORT returned {name} as {how} ({shapes}); compared as their column-major unrolling "
                f"[{'; '.join(b.name + '(:)' for b in blks)}], block by block")
        return dataclasses.replace(run, outputs=tuple(outs), returned=f"{run.returned}; {name} joined from {len(blks)} blocks"), note
    return run, ""
