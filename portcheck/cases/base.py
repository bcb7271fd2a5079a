"""What a case is: a reference function, a port, inputs and blocks -- one interface for every kind.

A case is data. It names the Octave function (``reference``) and its file, the
Python port, and builds deterministic input sets keyed by the ``.m`` argument
names. ``blocks`` tells the comparison how an output is laid out (e.g. the
unrolled gradient is Theta1 then Theta2, each column-major), so differences can
be reported per block, bias column vs the rest.

Every kind of case -- built-in, a ``[[case]]`` of ``portcheck.toml``, a one-off
user pair (``compare --octave``) -- answers the same questions through
:class:`Case`: where its reference is and how to show it (``reference_path``,
``reference_label``), how to load and show its port (``load_port``,
``port_label``), its own tolerances and argument overrides (None or empty for
"the defaults"), where it comes from (``source``, ``origin``). The workflow
never asks which kind it holds.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

import numpy as np

from ..octave.environment import Environment
from ..resources import reference_dir
from .adapters import Adapter
from .reference import OctaveTarget, ReferenceSpec, resolve

__all__ = ["InputSet", "Case", "load_callable", "build_input_sets"]


@dataclass(frozen=True)
class InputSet:
    """One deterministic set of inputs, keyed by the ``.m`` argument names.

    ``values`` are in Octave's shapes (2-D; a column vector is ``(n, 1)``).
    ``reproducible`` is False when the case's own command line would not build
    the same values again (values given in Python, a random seed): they are
    saved when the comparison fails, and the Reproduce line names the file.
    ``roles`` (:class:`~portcheck.cases.roles.Roles`) say what each input is;
    with them, :meth:`for_port` gives what a Python caller passes (sizes as
    ``int``, labels ``int64``, the parameter vector 1-D: the default
    representation, :mod:`portcheck.runner.representation`). ``port_values``
    holds values stored for the port in another shape (a user's 1-D ``y``):
    without roles they override ``values``; with roles they say which vectors
    the user passes 1-D.
    """

    name: str
    values: Mapping[str, object]
    description: str = ""
    port_values: Mapping[str, object] = field(default_factory=dict)
    reproducible: bool = True
    roles: object = field(default=None, compare=False)

    def for_port(self, representation=None) -> dict:
        """What the port receives: under ``representation`` (default: the default one) when roles are known."""
        if self.roles is None:
            merged = dict(self.values)
            merged.update(self.port_values)
            return merged
        from ..runner.representation import port_values

        return port_values(self, self.roles, representation)

    def shapes(self) -> dict[str, str]:
        """``{name: "scalar" | "5x3" | "char" | "struct" | "cell 2"}``, and the integer or logical class when not double."""
        out = {}
        for k, v in self.values.items():
            if getattr(v, "is_handle", False) or callable(v):
                out[k] = "function"
            elif isinstance(v, str):
                out[k] = "char"
            elif isinstance(v, dict):
                out[k] = "struct"
            elif isinstance(v, (list, tuple)):
                out[k] = f"cell {len(v)}"
            else:
                a = np.asarray(v)
                cls = "" if a.dtype.kind in "fc" or isinstance(v, (bool, int, float)) else f" {a.dtype.name}"
                out[k] = ("scalar" if a.ndim == 0 or a.size == 1 else "x".join(map(str, a.shape))) + cls
        return out


@dataclass(frozen=True)
class Case:
    """A comparison: Octave reference vs Python port (a built-in one; subclasses override the file and port).

    Attributes
    ----------
    name : str
        The Octave spelling shown to users (``"nnCostFunction"``).
    aliases : tuple of str
        Other names accepted on the command line, matched case-insensitively.
    exercise : str
        Directory under ``reference_octave/`` holding the ``.m`` file.
    reference : str
        The Octave function name.
    port : str
        ``"module:function"`` of the correct port.
    outputs : tuple of str
        Output names, in order, from the ``.m`` signature.
    build_inputs : callable
        ``build_inputs(size="debug", lambdas=None) -> list[InputSet]``.
    blocks : callable, optional
        ``blocks(input_set) -> {output_name: [Block, ...]}``.
    sign_free : tuple of str
        Outputs whose columns are defined only up to sign (singular and eigen
        vectors): a column equal to minus Octave's is an equivalence, noted, not a divergence.
    rtol, atol : float, optional
        The case's own tolerances (None: the defaults of :mod:`portcheck.compare`).
    strict_shapes : bool
        Fail ``(n,)`` vs ``(n, 1)`` instead of noting it.
    arg_overrides : mapping
        ``{port_parameter: octave_argument}`` for arguments not matched by name.
    origin : Path, optional
        The ``portcheck.toml`` that declares the case (None for built-in and one-off cases).
    paths, packages : tuple of str
        Octave's environment for the case besides the reference's own folder
        (``path`` and ``packages`` in ``portcheck.toml``).
    adapter : Adapter, optional
        Declared differences between the two APIs (:mod:`portcheck.cases.adapters`).
    roles : Roles, optional
        What each input and output is (:mod:`portcheck.cases.roles`); built-in
        cases declare them, other cases infer them (:meth:`roles_for`).
    port_extras : tuple of str
        Inputs a port may take that the reference does not (the cost function
        a Python ``checkNNGradients`` is given); their values are in the input
        sets, and they are passed only to a port that has a parameter for them.
    conventions : tuple of str
        Conventions the port is declared to use (``conventions = [...]`` in
        portcheck.toml; :data:`portcheck.diagnose.conventions.FAMILIES`): it is
        called under them, and parity then exits 0.
    """

    name: str
    exercise: str
    reference: str
    port: str
    outputs: tuple[str, ...]
    build_inputs: Callable[..., list]
    aliases: tuple[str, ...] = ()
    blocks: Callable[[InputSet], dict] | None = None
    description: str = ""
    sign_free: tuple[str, ...] = ()
    rtol: float | None = None
    atol: float | None = None
    strict_shapes: bool = False
    arg_overrides: Mapping = field(default_factory=dict, hash=False, compare=False)
    origin: Path | None = None
    paths: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()
    adapter: Adapter = field(default_factory=Adapter, hash=False, compare=False)
    roles: object = field(default=None, hash=False, compare=False)
    port_extras: tuple[str, ...] = ()
    conventions: tuple = ()

    def roles_for(self, input_sets=(), signature=None, reference_outputs=None):
        """The case's roles: declared ones, the rest inferred from ``input_sets`` (:func:`~.roles.infer_roles`)."""
        from ..signature import read_m_signature
        from .roles import Roles, infer_roles

        declared = self.roles
        signature = signature or read_m_signature(self.reference_path)
        if isinstance(declared, Roles) and set(declared.inputs) >= set(signature.inputs) \
                and set(declared.outputs) >= set(signature.outputs):
            return declared
        return infer_roles(signature, input_sets, declared, reference_outputs=reference_outputs)

    @property
    def source(self) -> str:
        """Where the case comes from, as the ``--all`` table says it: ``"built-in"``."""
        return "built-in"

    @property
    def origin_label(self) -> str:
        """The file that declared the case, as reports show it ("" for a built-in case or a one-off pair)."""
        return ""

    @property
    def reference_path(self) -> Path:
        """The ``.m`` file Octave runs."""
        return reference_dir(self.exercise) / f"{self.reference}.m"

    @property
    def reference_label(self) -> str:
        """The reference as reports show it: ``reference_octave/ex4/nnCostFunction.m``."""
        return f"reference_octave/{self.exercise}/{self.reference}.m"

    @property
    def port_label(self) -> str:
        """The case's own port as reports show it: ``portcheck.ports.ex4:nnCostFunction (bundled)``."""
        return f"{self.port} (bundled)"

    def load_port(self, timeout: float | None = None):
        """The case's own port, started in a worker (:func:`portcheck.runner.load_port`)."""
        from ..runner import load_port

        return load_port(self.port, timeout=timeout)

    @property
    def reference_text(self) -> str:
        """The reference as the case declares it (a file, ``FILE.m:LOCAL``, or a function name)."""
        return str(self.reference_path)

    @property
    def environment(self) -> Environment:
        """The case's own Octave folders and packages (the reference's folder comes with :meth:`octave_target`)."""
        return Environment.of(self.paths, self.packages)

    def octave_target(self, session=None, port=None) -> OctaveTarget:
        """What Octave calls for this case, its signature and the environment it needs.

        ``session`` is used only by references named without a file (``fft``,
        ``resample``); ``port`` gives a compiled built-in its input names.
        """
        return resolve(ReferenceSpec(str(self.reference_path), "file", self.reference_path, self.reference,
                                     self.reference_path.parent), self.environment, session)

    def matches(self, text: str) -> bool:
        t = text.lower()
        return t == self.name.lower() or t in (a.lower() for a in self.aliases)


def load_callable(spec: str) -> Callable:
    """Import ``"package.module:attr"``."""
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


def build_input_sets(case: Case, *, size: str = "debug", lambdas=None) -> list:
    """``case.build_inputs(size, lambdas)``, a bad size or lambda list as a :class:`~portcheck.errors.UsageError`."""
    from ..errors import UsageError

    try:
        return list(case.build_inputs(size=size, lambdas=lambdas))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
