"""What the diagnosis is given: the compared sets, the port, the mapping and a live Octave session.

The workflow builds a :class:`DiagnosisContext` after comparing; the engine only
reads it and calls back through it -- :meth:`~DiagnosisContext.run_port_on` to
re-run the port on transformed inputs, :meth:`~DiagnosisContext.run_reference_on`
to evaluate the reference on new inputs, all of them in one round trip.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..cases.base import Case, InputSet
from ..compare import SetResult, map_port_outputs
from ..octave import OctaveSession
from ..runner import PortRun, ReferenceRun, load_port, run_port, run_reference
from ..signature import ArgMapping, MSignature

__all__ = ["DiagnosisContext"]


@dataclass
class DiagnosisContext:
    """Everything the diagnosis engine may use, including a live session and the port.

    Probes re-run ``port`` (through :meth:`run_port_on`) on transformed inputs
    and may evaluate the reference on new inputs with :meth:`run_reference_on`
    (batched: pass all argument sets at once).
    """

    case: Case
    port: Callable
    mapping: ArgMapping
    signature: MSignature
    session: OctaveSession
    sets: list[SetResult]
    rtol: float
    atol: float
    reference_label: str
    output_names: tuple[str, ...]
    declared: object = None        # the Convention the user declared (--convention), the search's start
    declared_names: tuple = ()     # ... and its names, as declared
    budget: int | None = None      # port calls the joint search may make (None: its default)
    search_stats: dict = field(default_factory=dict)   # filled by the engine: {port_calls, seconds, ...}
    free_state: object = None      # a representation / switch under which the port agrees everywhere (engine)
    binding: Any = None            # cases.adapters.Binding: the case's adapter (outputs read as compared)
    blocks_note: str = ""          # how a run of the diagnosis returned its gradient in blocks ("" when none did)
    _siblings: dict = field(default_factory=dict, repr=False)

    @property
    def all_parity(self) -> bool:
        return all(s.status == "parity" for s in self.sets)

    def run_port_on(self, values: dict, input_set: InputSet | None = None, func: Callable | None = None,
                    mapping: ArgMapping | None = None, representation=None, options: dict | None = None) -> PortRun:
        """Call the port (or ``func``, a sibling of it) once on copies of ``values`` (reference-named, port-shaped).

        With ``input_set`` (whose blocks describe the outputs), outputs returned
        as separate blocks are joined (:func:`portcheck.compare.map_port_outputs`),
        as the comparison joins them. ``options`` go to the port's process
        (:func:`~portcheck.runner.run_port`): an instrumented call's sink comes
        back in ``PortRun.instrument``.
        """
        run = run_port(func or self.port, mapping or self.mapping, values, len(self.output_names),
                       representation=representation, options=options)
        if self.binding is not None:
            run = self.binding.port_run(run, input_set.values if input_set is not None else values)
        if input_set is not None and self.case.blocks and run.outputs is not None:
            run, note = map_port_outputs(run, self.output_names, self.case.blocks(input_set))
            self.blocks_note = self.blocks_note or note  # the return statement's layout, whatever the inputs
        return run

    def mapping_with(self, keywords: dict) -> ArgMapping:
        """The argument mapping with keyword switches added to every call (``return_grad=True``)."""
        return _Keywords(self.mapping.pairs, self.mapping.unused_reference, self.mapping.notes, tuple(keywords.items()))

    def sibling(self, name: str) -> Callable:
        """Another function of the port's module (a separate gradient function), called like the port."""
        found = (getattr(self.port, "__globals__", None) or {}).get(name)
        if callable(found):
            return found
        file = getattr(self.port, "file", None)  # a port run in the sandbox: its module's function, loaded there too
        if file:
            if name not in self._siblings:
                self._siblings[name] = load_port(f"{file}:{name}").calling(getattr(self.port, "roles", None),
                                                                          getattr(self.port, "representation", None))
            return self._siblings[name]
        raise LookupError(f"the port's module has no function {name!r}")

    def run_reference_on(self, value_dicts: list[dict]) -> list[ReferenceRun]:
        """Evaluate the reference on every dict of Octave-shaped values, in ONE round trip."""
        if not value_dicts:
            return []
        if self.binding is not None:
            return self.binding.reference_runs(self.session, value_dicts)
        arglists = [tuple(v[n] for n in self.signature.inputs) for v in value_dicts]
        return run_reference(self.session, self.signature.name, arglists, len(self.output_names))

    def blocks(self, input_set: InputSet) -> dict:
        """``{output_name: [Block, ...]}`` for ``input_set`` ({} when the case has none)."""
        return self.case.blocks(input_set) if self.case.blocks else {}


@dataclass(frozen=True)
class _Keywords(ArgMapping):
    """An argument mapping that also passes fixed keyword arguments (a port's ``return_grad=True`` switch)."""

    keywords: tuple = ()

    def build_call(self, values: dict) -> tuple[list, dict]:
        args, kwargs = super().build_call(values)
        return args, {**kwargs, **dict(self.keywords)}
