"""Cells: the pieces of the outputs the engine scores and explains one by one.

A cell is one output, or one part of a blocked output (``grad``: Theta1 bias,
Theta1 weights, Theta2 bias, Theta2 weights). Comparing a port run with the
reference cell by cell tells a probe exactly what it fixed, and tells the
engine which differences are still unexplained. The agreement rule is the one
of :mod:`portcheck.compare` (``|port - octave| <= atol + rtol * |octave|``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..compare import as_numeric
from ..fitting import fit_factor

__all__ = ["Cell", "CellResult", "layout", "compare_cells", "flat_output", "score", "close_cell"]


@dataclass(frozen=True)
class Cell:
    """``output`` (index), its ``name``, and the entries (column-major flat indices) it covers."""

    output: int
    name: str
    block: str
    part: str
    index: tuple

    @property
    def key(self) -> str:
        return self.name if not self.block else f"{self.name}:{self.block} {self.part}"

    @property
    def label(self) -> str:
        return self.name if not self.block else f"{self.block} {self.part}"

    @property
    def size(self) -> int:
        return len(self.index)


@dataclass(frozen=True)
class CellResult:
    """How the port's entries of one cell relate to the reference's."""

    cell: Cell
    status: str                # "match", "differ", "shape", "missing"
    max_abs: float = 0.0
    max_rel: float = 0.0
    ratio: float | None = None  # c with port == c * octave, when that holds to rounding
    gap: float | None = None    # port - octave, for a scalar cell

    @property
    def match(self) -> bool:
        return self.status == "match"


def layout(output_names, ref_outputs, blocks: dict) -> list[Cell]:
    """The cells of every output: blocked outputs by block and part, others whole."""
    cells = []
    for i, name in enumerate(output_names):
        n = int(np.size(ref_outputs[i])) if i < len(ref_outputs) else 0
        blks = blocks.get(name) if blocks else None
        if blks and sum(b.size for b in blks) == n:
            for b in blks:
                idx = np.arange(b.offset, b.offset + b.size)
                cols = (idx - b.offset) // b.shape[0]
                if b.bias_column:
                    cells.append(Cell(i, name, b.name, "bias", tuple(idx[cols == 0].tolist())))
                    cells.append(Cell(i, name, b.name, "weights", tuple(idx[cols > 0].tolist())))
                else:
                    cells.append(Cell(i, name, b.name, "all", tuple(idx.tolist())))
        else:
            cells.append(Cell(i, name, "", "", tuple(range(n))))
    return cells


def flat_output(port_value, ref_value) -> np.ndarray | None:
    """The port's output as a column-major flat float array comparable with the reference's.

    None when it is not numeric or its entries cannot be aligned (a different
    number of entries, or the same count in a different non-singleton shape).
    """
    B = as_numeric(port_value)
    A = as_numeric(ref_value)
    if A is None or B is None or A.size != B.size:
        return None
    sq = lambda s: tuple(d for d in s if d != 1)
    if sq(A.shape) != sq(B.shape):
        return None
    with np.errstate(all="ignore"):
        return np.asarray(B, dtype=complex if np.iscomplexobj(B) else float).ravel(order="F")


def compare_cells(port_outputs, ref_outputs, cells, rtol: float, atol: float) -> dict[str, CellResult]:
    """Every cell compared; ``port_outputs`` None means the port raised (all ``missing``)."""
    out = {}
    flat_cache = {}
    for c in cells:
        if port_outputs is None or c.output >= len(port_outputs):
            out[c.key] = CellResult(c, "missing")
            continue
        if c.output not in flat_cache:
            ref = as_numeric(ref_outputs[c.output])
            flat_cache[c.output] = (flat_output(port_outputs[c.output], ref_outputs[c.output]),
                                    None if ref is None else np.asarray(ref, dtype=float).ravel(order="F"))
        b, a = flat_cache[c.output]
        if b is None or a is None:
            out[c.key] = CellResult(c, "shape")
            continue
        idx = np.asarray(c.index, dtype=int)
        out[c.key] = _compare(c, b[idx], a[idx], rtol, atol)
    return out


def _compare(cell, b, a, rtol, atol) -> CellResult:
    with np.errstate(all="ignore"):
        diff = np.abs(b - a)
        both_nan = np.isnan(a) & np.isnan(b)
        diff = np.where(both_nan, 0.0, np.where(np.isnan(diff), np.inf, diff))
        bad = diff > atol + rtol * np.where(np.isnan(a), 0.0, np.abs(a))  # NaN in OCTAVE only: inf > the bound
        rel = np.where(diff == 0, 0.0, diff / np.where(np.abs(a) > 0, np.abs(a), np.inf))
    max_abs = float(diff.max()) if diff.size else 0.0
    max_rel = float(np.nanmax(rel)) if rel.size else 0.0
    gap = float(np.real(b[0] - a[0])) if a.size == 1 else None
    if not bad.any():
        return CellResult(cell, "match", max_abs, max_rel, 1.0, gap)
    return CellResult(cell, "differ", max_abs, max_rel, proportional(b, a, rtol, atol), gap)


def proportional(b, a, rtol: float = 1e-9, atol: float = 1e-12) -> float | None:
    """c when ``b == c * a`` to rounding (c not 0), else None (:func:`portcheck.fitting.fit_factor`)."""
    a, b = np.asarray(a, dtype=float).ravel(), np.asarray(b, dtype=float).ravel()
    if a.shape == b.shape:  # NaN on both sides (a constant feature's 0/0) scales as anything: left out of the fit
        keep = ~(np.isnan(a) & np.isnan(b))
        a, b = a[keep], b[keep]
    c, fits = fit_factor(b, a, lambda c: atol * max(1.0, abs(c)) + 10 * rtol * np.abs(c * a))
    return c if fits and c != 0 else None


def score(results: dict[str, CellResult]) -> int:
    """2 per matching cell, 1 per cell proportional to the reference (a vector cell)."""
    s = 0
    for r in results.values():
        if r.match:
            s += 2
        elif r.status == "differ" and r.ratio is not None and r.cell.size >= 2:
            s += 1
    return s


def close_cell(st, key, ident) -> None:
    """Cell ``key`` of state ``st`` explained by finding ``ident``: no later stage reads it again."""
    st.data_open.discard(key)
    st.explained.setdefault(key, []).append(ident)
