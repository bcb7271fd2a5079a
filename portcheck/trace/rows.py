"""The aligner's data: the rows it makes of the port's events, the answer, the index of Octave's values.

Shared by the passes (:mod:`.match`, :mod:`.blame`) and :mod:`.align`, which
runs them; see :mod:`.align` for the algorithm.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..formatting import to_jsonable
from .octave_side import OctaveTrace, OEvent
from .python_side import PyEvent
from .transforms import Agreement
from .values import Opaque, Summary

__all__ = ["FirstDivergence", "Row", "Alignment", "OctaveIndex", "normalise", "size_of", "shape_of", "is_integer", "is_partial"]

_ALIAS_GROUPS = {
    "lambda": ("lambda", "lmbda", "lam", "lamb", "lambd", "reglambda", "regparam", "lamda"),
    "theta1": ("theta1", "t1", "th1", "w1"),
    "theta2": ("theta2", "t2", "th2", "w2"),
    "theta1grad": ("theta1grad", "grad1", "gradtheta1", "dtheta1", "t1grad", "theta1gradient", "bigdelta1", "delta1big",
                   "capitaldelta1", "dw1"),
    "theta2grad": ("theta2grad", "grad2", "gradtheta2", "dtheta2", "t2grad", "theta2gradient", "bigdelta2", "delta2big",
                   "capitaldelta2", "dw2"),
    "delta2": ("delta2", "d2", "err2", "error2", "sigma2", "dz2"),
    "delta3": ("delta3", "d3", "err3", "error3", "sigma3", "dz3"),
    "j": ("j", "cost", "jval", "jcost"),
    "grad": ("grad", "gradient", "grads"),
    "nnparams": ("nnparams", "params", "nnparam"),
    "h": ("h", "hyp", "hypothesis", "htheta"),
}
_ALIAS = {a: k for k, group in _ALIAS_GROUPS.items() for a in group}


_BIG_DELTA = re.compile(r"^(?:Delta|DELTA|BigDelta|bigDelta|D)_?(\d)$")


def normalise(name: str) -> str:
    """``Theta1_grad`` -> ``theta1grad``; aliases folded (``lmbda`` -> ``lambda``, ``d2`` -> ``delta2``).

    A capital ``Delta1`` (``D1``) is the course's gradient accumulator, not the error term ``delta1``.
    """
    big = _BIG_DELTA.match(name)
    if big:
        return f"theta{big[1]}grad"
    n = name.lower().replace("_", "")
    return _ALIAS.get(n, n)


@dataclass(frozen=True)
class FirstDivergence:
    """The first port line that departs from Octave, and the Octave line beside it."""

    file: str
    line: int
    code: str
    variable: str | None
    octave_file: str | None
    octave_line: int | None
    octave_variable: str | None
    transform: str | None
    max_abs_diff: float | None
    reason: str
    message: str
    port_value: str = ""
    octave_value: str = ""
    worst: tuple = ()
    history: str = ""
    symptom: str = ""

    def to_dict(self) -> dict:
        """The ``first_divergence`` object of the JSON documents (plain JSON values: ``formatting.to_jsonable``)."""
        return to_jsonable({
            "file": self.file, "line": self.line, "code": self.code, "variable": self.variable,
            "octave_file": self.octave_file, "octave_line": self.octave_line, "octave_variable": self.octave_variable,
            "transform": self.transform, "max_abs_diff": self.max_abs_diff, "reason": self.reason,
            "message": self.message, "port_value": self.port_value, "octave_value": self.octave_value,
            "worst": [{"where": w, "port": p, "octave": o} for w, p, o in self.worst],
            "history": self.history, "symptom": self.symptom})


@dataclass
class Row:
    """One port event with what the aligner made of it."""

    ev: PyEvent
    status: str                       # match, diverge, novel, opaque
    octave: OEvent | None = None      # what it matched
    agreement: Agreement | None = None
    via_name: bool = False
    counterpart: OEvent | None = None  # for diverge: the Octave value it should have had
    inputs: tuple[int, ...] = ()      # seqs of the events it was computed from
    start: int = 0                    # events recorded before its statement started
    function: str = ""                # FILE:FUNCTION of the frame it was recorded in


@dataclass
class Alignment:
    """The result: the first divergence (None when every intermediate agrees) and the evidence."""

    first: FirstDivergence | None
    rows: list[Row]
    conventions: list[str]
    outputs_agree: bool
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- pass 1: match


class OctaveIndex:
    """Octave's values, and its variables by exact and by normalised name."""

    def __init__(self, trace: OctaveTrace):
        self.trace = trace
        self.events = [e for e in trace.events if not isinstance(e.value, Opaque)]
        self.variables = [e for e in self.events if e.is_variable]
        self.by_exact: dict[str, list[OEvent]] = {}
        self.by_norm: dict[str, list[OEvent]] = {}
        for e in self.variables:
            self.by_exact.setdefault(e.name, []).append(e)
            self.by_norm.setdefault(normalise(e.name), []).append(e)

    def named(self, name: str) -> list[OEvent]:
        exact = self.by_exact.get(name)
        if exact:
            return exact
        return self.by_norm.get(normalise(name), [])


def size_of(v) -> int:
    if isinstance(v, Summary):
        return v.size
    if isinstance(v, Opaque) or v is None:
        return -1
    return int(np.size(v))


def shape_of(v):
    if isinstance(v, Summary):
        return v.shape
    return np.shape(v)



def is_integer(v) -> bool:
    try:
        x = complex(np.asarray(v).reshape(-1)[0])
    except Exception:
        return False
    return x.imag == 0 and float(x.real).is_integer()


def is_partial(o: OEvent, names: list[OEvent]) -> bool:
    """``o`` is the leading addend of the statement that computes the namesake: ``J = a; J += b`` where Octave
    writes ``J = a + b`` holds the partial result ``a`` first (``J = a / m`` has no addend: ``a`` is no partial)."""
    if o.kind != "sub" or not any(n.kind == "assign" and n.line == o.line for n in names):
        return False
    code = " ".join(o.code.replace("...", " ").split())
    rhs = code.split("=", 1)[1].strip() if "=" in code else ""
    sub = " ".join(o.name.split())
    return rhs.startswith(sub) and rhs[len(sub):].lstrip()[:1] in ("+", "-")
