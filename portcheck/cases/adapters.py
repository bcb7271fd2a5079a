"""Adapters between two APIs, declared in ``portcheck.toml`` (never coded, never hidden).

A port rarely has the reference's exact API. What differs is declared per case
(schema in docs/portcheck-toml.md) and every mapping applied is shown in the
report:

``port_kwargs = { extended = true }``
    Constant keyword arguments for the port (any TOML value).
``port_args = { overlap = "N / K" }``
    A port argument computed from the reference's arguments by a small
    arithmetic expression (:mod:`portcheck.expressions`; never Python's ``eval``).
``skip = ["lowFreq"]``
    Reference arguments the port does not take.
``outputs = ["wts"]``
    The reference outputs to compare (default: all); Octave is asked for as
    many as the last one needs.
``port_outputs = ["x", "", "chi2"]``
    What the port returns, position by position, as reference output names
    (``""``: not compared). Default: the reference's order.
``map_octave = { x_stdft = ["[:N_fft/2+1, :]", "transpose"] }`` / ``map_port = {...}``
    Operations applied to an output of one side before comparing, in order
    (:data:`OPERATIONS`, a NumPy subscript ``[...]`` with 0-based, end-exclusive
    bounds, or arithmetic ``"+ 1"``, ``"* N"``).
``octave_inputs = { x = ["row"] }`` / ``port_inputs = {...}``
    The same operations on an input before one side gets it (a 1-D signal
    goes to Octave as a column unless it says ``row``: channels x samples).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

import numpy as np

from ..errors import UsageError
from ..expressions import ExpressionError, apply_subscript, evaluate, names_in, parse_expression, parse_subscript
from ..runner import ReferenceRun, run_reference
from ..signature import MSignature

__all__ = ["Adapter", "Binding", "OPERATIONS", "apply_operations", "parse_adapter", "ADAPTER_KEYS"]

#: Named operations of ``map_octave`` / ``map_port``.
OPERATIONS = {
    "transpose": lambda a: np.asarray(a).T,
    "squeeze": lambda a: np.squeeze(np.asarray(a)),
    "conj": lambda a: np.conj(np.asarray(a)),
    "real": lambda a: np.real(np.asarray(a)),
    "imag": lambda a: np.imag(np.asarray(a)),
    "flatten": lambda a: np.asarray(a).ravel(order="F"),
    "column": lambda a: np.asarray(a).reshape(-1, 1, order="F"),
    "row": lambda a: np.asarray(a).reshape(1, -1, order="F"),
    "flipud": lambda a: np.flipud(np.asarray(a)),
    "fliplr": lambda a: np.fliplr(np.atleast_2d(np.asarray(a))),
}
_ARITHMETIC = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide}

#: ``[[case]]`` keys read by :func:`parse_adapter`.
ADAPTER_KEYS = ("port_kwargs", "port_args", "skip", "outputs", "port_outputs", "map_octave", "map_port",
                "octave_inputs", "port_inputs")


def _check_operation(op: str, where: str) -> None:
    text = op.strip()
    if text in OPERATIONS:
        return
    if text.startswith("["):
        parse_subscript(text)
        return
    if text[:1] in _ARITHMETIC:
        parse_expression(text[1:])
        return
    raise ExpressionError(f"{where}: {op!r} is not an operation; use one of {', '.join(OPERATIONS)}, a subscript "
                          "such as '[:, :N/2+1]', or arithmetic such as '+ 1'")


def apply_operations(value, ops, names: Mapping[str, object]):
    """``value`` after each operation of ``ops`` in turn (``names``: the ``.m`` arguments' values)."""
    out = value
    for op in ops:
        text = op.strip()
        if text in OPERATIONS:
            out = OPERATIONS[text](out)
        elif text.startswith("["):
            out = apply_subscript(out, text, names)
        else:
            out = _ARITHMETIC[text[0]](np.asarray(out), evaluate(text[1:], names))
    return out


@dataclass(frozen=True)
class Adapter:
    """The declared differences between the reference's API and the port's (all empty: none)."""

    port_kwargs: Mapping[str, object] = field(default_factory=dict)
    port_args: Mapping[str, str] = field(default_factory=dict)
    skip: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    port_outputs: tuple[str, ...] = ()
    map_octave: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    map_port: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    octave_inputs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    port_inputs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __hash__(self) -> int:  # mappings are not hashable; cases are compared by name
        return hash((tuple(self.port_kwargs), tuple(self.port_args), self.skip, self.outputs, self.port_outputs))

    @property
    def empty(self) -> bool:
        return not (self.port_kwargs or self.port_args or self.skip or self.outputs or self.port_outputs
                    or self.map_octave or self.map_port or self.octave_inputs or self.port_inputs)

    @property
    def extra_names(self) -> tuple[str, ...]:
        """Port parameters the adapter fills (constants and computed)."""
        return tuple(self.port_kwargs) + tuple(self.port_args)

    @property
    def consumed(self) -> set[str]:
        """Reference arguments a computed port argument reads (given to the port only under their own name)."""
        used = set()
        for text in self.port_args.values():
            used |= names_in(text)
        return used

    def validate(self, sig: MSignature, where: str) -> None:
        """Raise :class:`UsageError` for a name the ``.m`` signature does not have."""
        inputs, outs = list(sig.inputs), list(sig.outputs)
        for key, text in self.port_args.items():
            unknown = sorted(names_in(text) - set(inputs))
            if unknown:
                raise UsageError(f"{where}: port_args.{key}={text!r}: {unknown} not among the .m arguments {inputs}")
        for name in self.skip:
            if name not in inputs:
                raise UsageError(f"{where}: skip={list(self.skip)!r}: {name!r} is not a .m argument; they are {inputs}")
        if not outs:
            return
        for key, names in (("outputs", self.outputs), ("port_outputs", tuple(n for n in self.port_outputs if n))):
            bad = [n for n in names if n not in outs]
            if bad:
                raise UsageError(f"{where}: {key}={list(names)!r}: {bad} not among the .m outputs {outs}")
        for key, maps in (("map_octave", self.map_octave), ("map_port", self.map_port)):
            bad = [n for n in maps if n not in outs]
            if bad:
                raise UsageError(f"{where}: {key}: {bad} not among the .m outputs {outs}")
        for key, maps in (("octave_inputs", self.octave_inputs), ("port_inputs", self.port_inputs)):
            bad = [n for n in maps if n not in inputs]
            if bad:
                raise UsageError(f"{where}: {key}: {bad} not among the .m arguments {inputs}")

    def bind(self, sig: MSignature, provided: tuple[str, ...], default_outputs=()) -> "Binding":
        """The adapter for one comparison: the ``.m`` signature and the arguments the inputs provide.

        ``default_outputs`` are compared when the case chooses none (default: all).
        """
        outs = tuple(sig.outputs)
        chosen = self.outputs or tuple(default_outputs) or outs
        nout = max((outs.index(n) + 1 for n in chosen if n in outs), default=len(outs))
        view = MSignature(sig.name, tuple(provided), tuple(chosen), sig.path)
        return Binding(self, view, outs, nout)


@dataclass(frozen=True)
class Binding:
    """An :class:`Adapter` bound to one signature: what to ask Octave for and how to read both sides."""

    adapter: Adapter
    signature: MSignature          # the compared view: provided inputs, compared outputs
    all_outputs: tuple[str, ...]   # the .m file's outputs, in order
    nout: int                      # how many outputs Octave is asked for

    def port_extras(self, values: Mapping) -> dict:
        """Keyword arguments the adapter adds to the port's call, for these ``.m`` values."""
        out = dict(self.adapter.port_kwargs)
        for key, text in self.adapter.port_args.items():
            out[key] = evaluate(text, values)
        return out

    def reference_outputs(self, outs, values: Mapping) -> tuple:
        """Octave's outputs (``nout`` of them) as compared: chosen, then mapped."""
        by_name = dict(zip(self.all_outputs, outs))
        maps = self.adapter.map_octave
        return tuple(apply_operations(by_name[n], maps.get(n, ()), values) if n in by_name else None
                     for n in self.signature.outputs)

    def port_outputs(self, outs, values: Mapping) -> tuple:
        """The port's outputs as compared: named by ``port_outputs`` (default positions), then mapped."""
        order = self.adapter.port_outputs or self.all_outputs
        by_name = {n: o for n, o in zip(order, outs) if n}
        maps = self.adapter.map_port
        chosen = [n for n in self.signature.outputs if n in by_name]
        picked = [_mapped_or_raw(by_name[n], maps.get(n, ()), values) for n in chosen]
        if len(picked) < len(self.signature.outputs):  # the port returned fewer: the comparison says so
            return tuple(picked)
        return tuple(picked) + tuple(outs[len(order):])

    def octave_values(self, values: Mapping) -> dict:
        """The ``.m`` values as Octave gets them (``octave_inputs`` applied)."""
        maps = self.adapter.octave_inputs
        return {k: apply_operations(v, maps[k], values) if k in maps else v for k, v in values.items()}

    def reference_runs(self, session, value_dicts) -> list[ReferenceRun]:
        """The reference on every dict of ``.m`` values in ONE round trip, its outputs read as compared."""
        sent = [self.octave_values(v) for v in value_dicts] if self.adapter.octave_inputs else value_dicts
        arglists = [tuple(v[n] for n in self.signature.inputs if n in v) for v in sent]
        runs = run_reference(session, self.signature.name, arglists, self.nout)
        return [self.reference_run(r, v) for r, v in zip(runs, value_dicts)]

    def reference_run(self, run: ReferenceRun, values: Mapping) -> ReferenceRun:
        if run.error is not None or run.outputs is None:
            return run
        try:
            return ReferenceRun(self.reference_outputs(run.outputs, values), None)
        except (ExpressionError, IndexError, ValueError, TypeError) as exc:
            shapes = ", ".join(f"{n} {np.shape(o)}" for n, o in zip(self.all_outputs, run.outputs))
            raise UsageError(f"map_octave cannot apply to OCTAVE's outputs ({shapes}): {type(exc).__name__}: {exc}",
                             tip="fix map_octave of the case (subscripts are 0-based, end-exclusive, as in NumPy)") from None

    def port_run(self, run, values: Mapping):
        """A :class:`~portcheck.runner.PortRun` whose outputs are read as compared (order, ``map_port``)."""
        if run.outputs is None or (not self.adapter.port_outputs and not self.adapter.map_port
                                   and not self.adapter.outputs):
            return run
        return replace(run, outputs=self.port_outputs(run.outputs, values))

    def lines(self, values: Mapping | None = None) -> list[str]:
        """Every mapping applied, one line each, for the report (values shown for ``values``)."""
        a = self.adapter
        out = [f"port gets {k}={v!r} (constant)" for k, v in a.port_kwargs.items()]
        for k, text in a.port_args.items():
            shown = ""
            if values is not None:
                try:
                    shown = f" = {evaluate(text, values)!r}"
                except ExpressionError:
                    shown = ""
            out.append(f"port gets {k} = {text}{shown} (computed from the .m arguments)")
        if a.skip:
            out.append(f"not passed to the port: {', '.join(a.skip)}")
        if a.outputs and tuple(a.outputs) != self.all_outputs:
            out.append(f"compared: {', '.join(a.outputs)} of OCTAVE's {', '.join(self.all_outputs)}")
        if a.port_outputs:
            out.append("PORT returns " + ", ".join(n or "(not compared)" for n in a.port_outputs))
        out += [f"OCTAVE gets {n}: {', '.join(ops)}" for n, ops in a.octave_inputs.items()]
        out += [f"PORT gets {n}: {', '.join(ops)}" for n, ops in a.port_inputs.items()]
        out += [f"OCTAVE {n}: {', '.join(ops)}" for n, ops in a.map_octave.items()]
        out += [f"PORT {n}: {', '.join(ops)}" for n, ops in a.map_port.items()]
        return out


def _mapped_or_raw(value, ops, values):
    """A port output after its mapping; as returned when the mapping cannot apply (junk is the comparison's to report)."""
    if not ops:
        return value
    try:
        return apply_operations(value, ops, values)
    except Exception:
        return value


def _str_list(value, key: str, where: str, allow_empty_items: bool = False) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and (v or allow_empty_items) for v in value):
        raise UsageError(f"{where}: {key}={value!r}: must be a list of names, e.g. {key} = [\"x\"]")
    return tuple(value)


def _maps(value, key: str, where: str) -> dict:
    if not isinstance(value, dict):
        raise UsageError(f"{where}: {key}={value!r}: must be a table of output = [operations], "
                         f"e.g. {key} = {{ y = [\"transpose\"] }}")
    out = {}
    for name, ops in value.items():
        ops = _str_list(ops, f"{key}.{name}", where)
        for op in ops:
            try:
                _check_operation(op, f"{key}.{name}")
            except ExpressionError as exc:
                raise UsageError(f"{where}: {exc}") from None
        out[name] = ops
    return out


def parse_adapter(raw: Mapping, where: str) -> Adapter:
    """The :class:`Adapter` of a ``[[case]]`` table (its :data:`ADAPTER_KEYS`); raises :class:`UsageError`."""
    kwargs = raw.get("port_kwargs", {})
    if not isinstance(kwargs, dict):
        raise UsageError(f"{where}: port_kwargs={kwargs!r}: must be a table, e.g. port_kwargs = {{ extended = true }}")
    derived = raw.get("port_args", {})
    if not isinstance(derived, dict) or not all(isinstance(v, str) for v in derived.values()):
        raise UsageError(f"{where}: port_args={derived!r}: must be a table of expressions, e.g. port_args = {{ overlap = \"N / K\" }}")
    for key, text in derived.items():
        try:
            parse_expression(text)
        except ExpressionError as exc:
            raise UsageError(f"{where}: port_args.{key}: {exc}") from None
    both = sorted(set(kwargs) & set(derived))
    if both:
        raise UsageError(f"{where}: {both} given in both port_kwargs and port_args; keep one")
    adapter = Adapter(
        port_kwargs=dict(kwargs), port_args=dict(derived),
        skip=_str_list(raw.get("skip", []), "skip", where),
        outputs=_str_list(raw.get("outputs", []), "outputs", where),
        port_outputs=_str_list(raw.get("port_outputs", []), "port_outputs", where, allow_empty_items=True),
        map_octave=_maps(raw.get("map_octave", {}), "map_octave", where),
        map_port=_maps(raw.get("map_port", {}), "map_port", where),
        octave_inputs=_maps(raw.get("octave_inputs", {}), "octave_inputs", where),
        port_inputs=_maps(raw.get("port_inputs", {}), "port_inputs", where),
    )
    return adapter


def with_extras(input_set, binding: Binding):
    """``input_set`` whose port values carry the adapter's keyword arguments and ``port_inputs`` (Octave's are unchanged)."""
    extras = binding.port_extras(input_set.values)
    maps = binding.adapter.port_inputs
    if maps:
        given = input_set.for_port()
        extras.update({k: apply_operations(given[k], ops, input_set.values) for k, ops in maps.items() if k in given})
    if not extras:
        return input_set
    return replace(input_set, port_values={**input_set.port_values, **extras})
