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
    except IsADirectoryError:
        raise SignatureError(f"reference {str(p)!r} is a directory, not a .m file; give the path of the .m file "
                             "(a folder of helpers goes in --path or path = [...] in portcheck.toml)") from None
    except OSError as exc:
        raise SignatureError(f"cannot read the reference {str(p)!r}: {exc.strerror or exc}; check that the file "
                             "exists and that you may read it") from None
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
    with ``how`` one of ``"name"``, ``"alias"``, ``"position"``, ``"override"``,
    ``"adapter"`` (a value the case's adapter supplies, keyed by the port's name).
    ``keywords`` names the port parameters passed by keyword: keyword-only ones,
    adapter values, and any that follow a parameter left to its default.
    """

    pairs: tuple[tuple[str, str, str], ...]
    unused_reference: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    keywords: frozenset = frozenset()

    @property
    def method(self) -> str:
        hows = {h for _, _, h in self.pairs}
        if hows <= {"name"}:
            return "by name"
        return "by " + ", ".join(sorted(hows))

    def build_call(self, values: dict) -> tuple[list, dict]:
        """Positional and keyword arguments for the port from reference-named ``values``.

        A reference input missing from ``values`` (an optional trailing
        argument the input set leaves out) is not passed: the port's default
        applies, and the arguments after it go by keyword.
        """
        args, kwargs, gap = [], {}, False
        for ref, port, _ in self.pairs:
            if ref not in values:
                gap = True
            elif port in self.keywords or (gap and port != "*args"):
                kwargs[port] = values[ref]
            else:
                args.append(values[ref])
        return args, kwargs

    @property
    def warnings(self) -> tuple[str, ...]:
        """One line per argument matched by position although its name differs (a likely mix-up)."""
        return tuple(f"argument {ref} -> {port}: matched by position, the names differ; declare it with "
                     f"args = {{ {port} = \"{ref}\" }} (or --args {port}={ref}) if that is right"
                     for ref, port, how in self.pairs
                     if how == "position" and port != "*args" and normalise_name(ref) != normalise_name(port))

    def describe(self) -> str:
        parts = []
        for ref, port, how in self.pairs:
            parts.append(f"{port} (adapter)" if how == "adapter" else ref if ref == port else f"{ref} -> {port} ({how})")
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


def _check_extras(sig, extras, fname: str) -> None:
    """An adapter naming a parameter the port does not take (and no ``**kwargs`` to take it) is an error."""
    has_varkw = any(p.kind == p.VAR_KEYWORD for p in sig.parameters.values())
    unknown = [e for e in extras if e not in sig.parameters]
    if unknown and not has_varkw:
        raise SignatureError(f"the case's adapter gives {fname}() {unknown}, which it does not take; "
                             f"its parameters are {list(sig.parameters)}",
                             tip="fix the names in port_kwargs / port_args of the case")


def _keywords(params, kwonly, assigned, extras) -> frozenset:
    """Port parameters passed by keyword: keyword-only ones, adapter values, any after a parameter left to its default."""
    keywords = {p.name for p in kwonly} | set(extras)
    gap = False
    for p in params:
        gap = gap or p.name not in assigned
        if gap and p.name in assigned:
            keywords.add(p.name)
    return frozenset(keywords)


def map_arguments(reference_inputs, func, overrides: dict[str, str] | None = None, *, extras=(),
                  consumed=(), skip=()) -> ArgMapping:
    """Map reference input names onto the parameters of the Python callable ``func``.

    Parameters
    ----------
    reference_inputs : sequence of str
        Input names from the ``.m`` signature, in order.
    func : callable
        The port.
    overrides : dict, optional
        ``{port_parameter: reference_input}`` from ``--args``.
    extras : sequence of str
        Port parameters an adapter fills (``port_kwargs``, ``port_args``): passed by
        keyword, from ``values[name]``.
    consumed : sequence of str
        Reference inputs an adapter's computed argument reads: passed when a
        port parameter has their name, never filled in by position.
    skip : sequence of str
        Reference inputs the port is never given (``skip`` of the case).

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
    ref = [r for r in reference_inputs if r not in set(skip)]
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return ArgMapping(tuple((r, r, "position") for r in ref), notes=("port signature not inspectable; called positionally",))
    extras = list(extras)
    params = [p for p in sig.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
              and p.name not in extras]
    kwonly = [p for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY and p.name not in extras]
    has_varargs = any(p.kind == p.VAR_POSITIONAL for p in sig.parameters.values())
    fname = getattr(func, "__name__", "port")
    _check_extras(sig, extras, fname)

    for port_name, ref_name in overrides.items():
        if port_name not in {p.name for p in params + kwonly}:
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
    for p in params + kwonly:
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
    remaining = [r for r in ref if r not in taken and r not in set(consumed)]  # the adapter reads those
    for p in params:
        if p.name not in assigned and remaining and p.default is p.empty:
            assigned[p.name] = (remaining.pop(0), "position")
    for p in params:
        if p.name not in assigned and remaining and p.default is not p.empty:
            assigned[p.name] = (remaining.pop(0), "position")

    missing = [p.name for p in params + kwonly if p.name not in assigned and p.default is p.empty]
    if missing:
        raise SignatureError(
            f"{fname}() requires {len(params)} arguments {[p.name for p in params]} but the reference provides "
            f"{len(ref)} {ref}; cannot fill {missing}",
            tip="map them explicitly with --args 'port_arg=octave_arg,...'",
        )
    pairs = tuple((assigned[p.name][0], p.name, assigned[p.name][1]) for p in params + kwonly if p.name in assigned)
    pairs += tuple((e, e, "adapter") for e in extras)
    keywords = _keywords(params, kwonly, assigned, extras)
    unused = tuple(remaining)
    if unused and has_varargs and not (keywords - set(extras) - {p.name for p in kwonly}):
        pairs = pairs + tuple((r, "*args", "position") for r in unused)
        unused = ()
    if unused:
        raise SignatureError(
            f"{fname}() takes {len(params)} arguments {[p.name for p in params]} but the reference passes "
            f"{len(ref)} {ref}; {list(unused)} would be dropped",
            tip="give the port a parameter for each reference input, or map them with --args",
        )
    return ArgMapping(pairs, keywords=keywords)
