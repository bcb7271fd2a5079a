"""Where a user case's input sets come from: files, spec tables, values given in Python.

``inputs`` in ``portcheck.toml`` (and ``--inputs``, repeatable, and
``assert_parity(..., inputs=...)``) is one source or a list of them, one input
set each:

* a ``.npz``/``.mat`` path;
* a spec table (:mod:`portcheck.cases.specs`), optionally with ``name = "8 kHz"``
  (the set's name in reports) and ``file = "x8k.npz"`` (values the other
  entries override);
* a dict of values from Python (:class:`Values`), used as they are.

:class:`InputBuilder` is the ``build_inputs`` of a user case. Trailing
arguments of a ``.m`` function that reads ``nargin`` (or takes ``varargin``)
may be left out; a reference named without a file (``fft``) takes the names the
sources give.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from ..errors import UsageError
from ..signature import normalise_name
from .base import InputSet
from .inputs import load_input_file, split_for_port
from .specs import check_exact, describe_spec, random_seeded, realise_spec, split_meta, validate_spec

__all__ = ["Values", "InputBuilder", "parse_sources"]


class Values(dict):
    """Input values given directly (a dict from a test); used as they are."""


def parse_sources(value, where: str) -> tuple:
    """``inputs``: a file, a spec table, or a non-empty list of them (one input set each)."""
    items = value if isinstance(value, list) else [value]
    if not items:
        raise UsageError(f"{where}: inputs=[]: give at least one file or spec table")
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, Values):
            out.append(item)
        elif isinstance(item, dict):
            out.append(validate_spec(item, where))
        else:
            raise UsageError(f"{where}: inputs={value!r}: each entry must be a .npz/.mat path or a table of argument specs")
    return tuple(out)


@dataclass(frozen=True, eq=False)
class InputBuilder:
    """``build_inputs(size, lambdas)`` for a user case: its sources -> input sets.

    ``names`` is a callable returning ``(input names, required count)`` of the
    reference, or ``(None, 0)`` when only Octave knows them (a reference named
    without a file): then every value a source gives is kept.
    """

    names: object
    root: Path
    sources: tuple
    lambdas: tuple | None
    where: str

    def __call__(self, size: str = "debug", lambdas=None) -> list[InputSet]:
        names, required = self.names()
        lambdas = tuple(float(l) for l in lambdas) if lambdas is not None else self.lambdas
        lambda_name = None
        if lambdas:
            lambda_name = next((n for n in names or () if normalise_name(n) == "lambda"), None)
            if lambda_name is None:
                raise UsageError(f"{self.where}: lambdas given, but the .m function takes no lambda argument (its inputs are {names})",
                                 tip="drop lambdas (and --lambda), or name the .m argument lambda")
        sets = []
        many = len(self.sources) > 1
        for i, src in enumerate(self.sources, 1):
            values, label, desc, reproducible = self._source(src, i, many, names, required)
            for lam in (lambdas or (None,)):
                v = dict(values)
                name = label
                if lam is not None:
                    v[lambda_name] = lam
                    name = f"{label}, {lambda_name}={lam:g}"
                octave, port = split_for_port(v)
                sets.append(InputSet(name, octave, desc, port_values=port, reproducible=reproducible))
        return sets

    def _file(self, src: str, names, required) -> dict:
        path = Path(src) if Path(src).is_absolute() else self.root / src
        what = self.where if self.where.startswith("--") else f"{self.where}: inputs"
        return load_input_file(path, names, what=what, shown=src, required=required)

    def _source(self, src, i: int, many: bool, names, required) -> tuple[dict, str, str, bool]:
        """``(values, label, description, reproducible)`` of one source."""
        if isinstance(src, str):
            values = self._file(src, names, required)
            return values, Path(src).name, f"values from {src}" + _one_d_note(values), True
        where = f"{self.where}: inputs"
        if isinstance(src, Values):
            given = dict(src) if names is None else {n: src[n] for n in names if n in src}
            if names is not None:
                check_exact(src, names, where, required)
            return given, "values" if not many else f"values {i}", "values given by the caller", False
        spec, meta = split_meta(src, names)
        values = self._file(meta["file"], None, None) if "file" in meta else {}
        if names is not None:  # the file gives some arguments, the entries the rest (checked together below)
            values = {n: values[n] for n in names if n in values}
        given = realise_spec(spec, names if names is not None else list(spec), where,
                             required if not values else 0)
        values.update(given)
        if names is not None and "file" in meta:
            check_exact(values, names, where, required)
            values = {n: values[n] for n in names if n in values}
        label = meta.get("name") or ("spec" if not many else f"spec {i}")
        desc = ("values from " + meta["file"] + (", " if spec else "") if "file" in meta else "generated: " if spec else "")
        desc += describe_spec(spec) + (" (random seed: saved when the case fails)" if random_seeded(spec) else "")
        return values, label, desc, not random_seeded(spec)


def _one_d_note(values: Mapping) -> str:
    one_d = [k for k, v in values.items() if getattr(v, "ndim", None) == 1 and getattr(v, "dtype", None) is not None
             and v.dtype.kind in "biufc"]
    if not one_d:
        return ""
    return f" ({', '.join(one_d)} 1-D as stored for the port; a column for Octave)"
