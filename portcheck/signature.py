"""Signatures: what a ``.m`` function takes and returns, and how a port's
arguments line up with it.

The reference signature is read from the ``function`` line of the ``.m`` file;
the port's from :func:`inspect.signature`. Arguments are mapped by normalised
name first (case, underscores, common aliases such as ``lambda_``/``lmbda``/
``lam`` -> ``lambda``), then by position for whatever is left, and an explicit
override (``--args``) wins over both. The mapping records *how* each argument
was matched, so the report can say it.
"""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SignatureError

__all__ = [
    "MSignature",
    "ArgMapping",
    "read_m_signature",
    "parse_m_signature",
    "normalise_name",
    "map_arguments",
    "parse_args_override",
]

#: Spellings people use for the same argument, by normalised name.
ALIASES = {
    "lambda": {"lambda", "lmbda", "lam", "lamb", "lambd", "reg", "reg_lambda", "regularization", "l"},
    "nn_params": {"nn_params", "nnparams", "params", "theta", "thetas", "parameters", "weights", "nn_param"},
    "input_layer_size": {"input_layer_size", "inputlayersize", "input_size", "n_input", "n_inputs", "num_inputs", "input_layer"},
    "hidden_layer_size": {"hidden_layer_size", "hiddenlayersize", "hidden_size", "n_hidden", "num_hidden", "hidden_layer"},
    "num_labels": {"num_labels", "numlabels", "n_labels", "k", "n_classes", "num_classes", "labels", "output_size"},
}

_FUNCTION_LINE = re.compile(
    r"^\s*function\s+(?:(?P<outs>\[[^\]]*\]|[A-Za-z]\w*)\s*=\s*)?(?P<name>[A-Za-z]\w*)\s*(?:\((?P<ins>[^)]*)\))?",
)


@dataclass(frozen=True)
class MSignature:
    """``function [outputs] = name(inputs)`` of a ``.m`` file."""

    name: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    path: str | None = None

    def __str__(self) -> str:
        outs = f"[{', '.join(self.outputs)}] = " if self.outputs else ""
        return f"function {outs}{self.name}({', '.join(self.inputs)})"


def parse_m_signature(text: str, path: str | None = None) -> MSignature:
    """Parse the first ``function`` line of ``.m`` source ``text``.

    Comments (``%``, ``#``) are dropped and ``...`` continuations joined.
    """
    logical = []
    buf = ""
    for raw in text.splitlines():
        line = re.split(r"[%#]", raw, maxsplit=1)[0].rstrip()
        if line.endswith("..."):
            buf += line[:-3] + " "
            continue
        logical.append(buf + line)
        buf = ""
    for line in logical:
        match = _FUNCTION_LINE.match(line)
        if match:
            outs = match["outs"] or ""
            outputs = tuple(o for o in re.split(r"[\s,\[\]]+", outs) if o)
            ins = match["ins"] or ""
            inputs = tuple(i.strip() for i in ins.split(",") if i.strip())
            return MSignature(match["name"], inputs, outputs, path)
    where = f" in {path}" if path else ""
    raise SignatureError(f"no 'function ... = name(...)' line found{where}; a script cannot be compared, only a function")


def read_m_signature(path) -> MSignature:
    """Read the signature of the ``.m`` file at ``path``."""
    p = Path(path)
    try:
        text = p.read_text(errors="replace")
    except FileNotFoundError:
        raise SignatureError(f"reference file not found: {str(p)!r}; check the path") from None
    return parse_m_signature(text, str(p))


def normalise_name(name: str) -> str:
    """Lower case, no leading/trailing underscores, aliases folded to one spelling."""
    n = name.strip().strip("_").lower()
    for canonical, spellings in ALIASES.items():
        if n in spellings:
            return canonical
    return n


@dataclass(frozen=True)
class ArgMapping:
    """How reference inputs map onto a port's parameters.

    ``pairs`` lists ``(reference_name, port_name, how)`` in the port's order,
    with ``how`` one of ``"name"``, ``"alias"``, ``"position"``, ``"override"``.
    ``keyword`` tells whether the port is called by keyword (all matched names)
    or positionally.
    """

    pairs: tuple[tuple[str, str, str], ...]
    unused_reference: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def method(self) -> str:
        hows = {h for _, _, h in self.pairs}
        if hows <= {"name"}:
            return "by name"
        return "by " + ", ".join(sorted(hows))

    def build_call(self, values: dict) -> tuple[list, dict]:
        """Positional and keyword arguments for the port from reference-named ``values``."""
        args = [values[ref] for ref, _, _ in self.pairs]
        return args, {}

    def describe(self) -> str:
        parts = []
        for ref, port, how in self.pairs:
            parts.append(ref if ref == port else f"{ref} -> {port} ({how})")
        return ", ".join(parts)


def parse_args_override(text: str) -> dict[str, str]:
    """Parse ``--args`` text ``"port_name=ref_name,..."`` into a dict."""
    result = {}
    for item in filter(None, (t.strip() for t in text.split(","))):
        if "=" not in item:
            raise SignatureError(
                f"--args={text!r}: each item must be PORT_ARG=OCTAVE_ARG, got {item!r}; e.g. --args 'lmbda=lambda,features=X'"
            )
        port, ref = (s.strip() for s in item.split("=", 1))
        result[port] = ref
    return result


def map_arguments(reference_inputs, func, overrides: dict[str, str] | None = None) -> ArgMapping:
    """Map reference input names onto the parameters of the Python callable ``func``.

    Parameters
    ----------
    reference_inputs : sequence of str
        Input names from the ``.m`` signature, in order.
    func : callable
        The port.
    overrides : dict, optional
        ``{port_parameter: reference_input}`` from ``--args``.

    Returns
    -------
    ArgMapping

    Raises
    ------
    SignatureError
        When the port cannot take the reference's inputs (too few or too many
        required parameters, an override naming an unknown argument).
    """
    overrides = dict(overrides or {})
    ref = list(reference_inputs)
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return ArgMapping(tuple((r, r, "position") for r in ref), notes=("port signature not inspectable; called positionally",))
    params = [p for p in sig.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    has_varargs = any(p.kind == p.VAR_POSITIONAL for p in sig.parameters.values())
    fname = getattr(func, "__name__", "port")

    for port_name, ref_name in overrides.items():
        if port_name not in {p.name for p in params}:
            raise SignatureError(
                f"--args names {port_name!r}, which {fname}() does not take; its parameters are {[p.name for p in params]}"
            )
        if ref_name not in ref:
            raise SignatureError(f"--args maps to {ref_name!r}, which the reference does not take; its inputs are {ref}")

    assigned: dict[str, tuple[str, str]] = {}
    taken: set[str] = set()
    for port_name, ref_name in overrides.items():
        assigned[port_name] = (ref_name, "override")
        taken.add(ref_name)
    ref_by_norm = {}
    for r in ref:
        ref_by_norm.setdefault(normalise_name(r), r)
    for p in params:
        if p.name in assigned:
            continue
        if p.name in ref and p.name not in taken:
            assigned[p.name] = (p.name, "name")
            taken.add(p.name)
            continue
        r = ref_by_norm.get(normalise_name(p.name))
        if r is not None and r not in taken:
            how = "name" if r.lower() == p.name.strip("_").lower() else "alias"
            assigned[p.name] = (r, how)
            taken.add(r)
    remaining = [r for r in ref if r not in taken]
    for p in params:
        if p.name not in assigned and remaining and p.default is p.empty:
            assigned[p.name] = (remaining.pop(0), "position")
    for p in params:
        if p.name not in assigned and remaining and p.default is not p.empty:
            assigned[p.name] = (remaining.pop(0), "position")

    missing = [p.name for p in params if p.name not in assigned and p.default is p.empty]
    if missing:
        raise SignatureError(
            f"{fname}() requires {len(params)} arguments {[p.name for p in params]} but the reference provides "
            f"{len(ref)} {ref}; cannot fill {missing}",
            tip="map them explicitly with --args 'port_arg=octave_arg,...'",
        )
    pairs = tuple((assigned[p.name][0], p.name, assigned[p.name][1]) for p in params if p.name in assigned)
    unused = tuple(remaining)
    if unused and has_varargs:
        pairs = pairs + tuple((r, "*args", "position") for r in unused)
        unused = ()
    if unused:
        raise SignatureError(
            f"{fname}() takes {len(params)} arguments {[p.name for p in params]} but the reference passes "
            f"{len(ref)} {ref}; {list(unused)} would be dropped",
            tip="give the port a parameter for each reference input, or map them with --args",
        )
    return ArgMapping(pairs)
