"""Binding a case to one comparison: its Octave target, the inputs given, the adapter, the argument mapping.

:func:`bind_case` is the first step of :func:`~portcheck.workflow.pipeline.compare_case`:
it resolves what Octave calls (a file, a local function, a name on the path),
puts the case's own environment on the session, decides which ``.m`` arguments
the inputs provide (trailing optional ones may be left out), binds the
declared adapter and maps the port's parameters.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..cases.adapters import Binding, with_extras
from ..cases.reference import OctaveTarget
from ..errors import UsageError
from ..expressions import ExpressionError
from ..octave.environment import Environment
from ..signature import ArgMapping, MSignature, map_arguments

__all__ = ["Bound", "bind_case", "provided_inputs"]


@dataclass(frozen=True)
class Bound:
    """A case bound to one comparison."""

    target: OctaveTarget
    binding: Binding
    mapping: ArgMapping
    input_sets: list

    @property
    def signature(self) -> MSignature:
        """The compared view: the inputs given and the outputs compared."""
        return self.binding.signature

    @property
    def full_signature(self) -> MSignature:
        return self.target.signature

    @property
    def environment(self) -> Environment:
        return self.target.environment


def provided_inputs(target: OctaveTarget, input_sets) -> tuple[str, ...]:
    """The ``.m`` arguments the input sets give, in order: all required ones, optional ones only from the end.

    Sets may leave out different numbers of optional trailing arguments; the
    longest list is returned (each call passes what its set gives).
    """
    names = list(target.signature.inputs)
    required = names[:target.optional_from]
    given = ()
    for s in input_sets:
        have = tuple(n for n in names if n in s.values)
        missing = [n for n in required if n not in have]
        if missing:
            raise UsageError(f"input set {s.name!r} gives no value for {missing}; {target.function} takes {names}")
        if have != tuple(names[:len(have)]):
            gap = next(n for n in names if n not in have)
            raise UsageError(f"input set {s.name!r}: optional arguments may only be left out from the end: {gap!r} is "
                             f"missing but {have[-1]!r} after it is given; {target.function} takes {names}")
        given = max(given, have, key=len)
    return given if input_sets else tuple(names)


def bind_case(case, func, session, input_sets, arg_overrides=None) -> Bound:
    """Resolve, bind and map ``case`` for a comparison of ``func`` on ``input_sets`` (raises UsageError/SignatureError)."""
    target = case.octave_target(session, func)
    session.use(target.environment)
    provided = provided_inputs(target, input_sets)
    adapter = case.adapter
    binding = adapter.bind(target.signature, provided, target.default_outputs)
    mapping = map_arguments(provided, func, arg_overrides, extras=adapter.extra_names, consumed=adapter.consumed,
                            skip=adapter.skip)
    try:
        sets = [with_extras(s, binding) for s in input_sets]
    except ExpressionError as exc:
        raise UsageError(f"port_args of case {case.name!r}: {exc}") from None
    return Bound(target, binding, mapping, sets)


def reference_runs(session, binding: Binding, value_dicts):
    """The reference on every set in one round trip (see :meth:`Binding.reference_runs`)."""
    return binding.reference_runs(session, value_dicts)
