"""``portcheck new path/f.m``: from a ``.m`` file to a failing parity test.

Writes two things for the user's function ``f`` (three with ``--test``):

1. a ``[[case]]`` entry appended to ``portcheck.toml`` (created when there is
   none), its inputs spec built from the ``.m`` signature and marked ``FILL IN``:
   an argument the ``.m`` body uses as a number (a range bound, a size given to
   zeros/ones, a loop count) or whose name says so gets a number, never an
   array shape; the course's names (X, theta, lambda...) keep their course guesses;
2. a Python port skeleton ``f.py`` with the same signature, the Octave body as
   comments, and ``raise NotImplementedError`` naming the outputs to return;
3. only when asked (``--test PATH``), a parity test using the pytest plugin.
   The ``[[case]]`` already is a parity test -- pytest collects
   ``portcheck.toml::f`` -- so by default no second one is written (it would
   run the same comparison twice).

Python parameters never shadow a keyword or a builtin (``lambda`` ->
``lambda_``, ``range`` -> ``range_``); portcheck maps them back by name.

It never overwrites: when any target exists (or the toml already has a case of
that name) nothing is written and :class:`~portcheck.errors.UsageError` says
which one.
"""
from __future__ import annotations

import builtins
import keyword
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..signature import normalise_name, read_m_signature
from .project import PROJECT_FILE, find_project_file, toml_module
from .reference import check_function_line

__all__ = ["Scaffold", "plan_scaffold", "write_scaffold", "guess_input", "python_name"]

_M, _N = 5, 3  # guessed rows (examples) and columns (features); X (5x3) * theta (3x1) conforms

_SCALARS = {
    "alpha": "0.01", "eta": "0.01", "lr": "0.01", "learning_rate": "0.01", "sigma": "0.5", "epsilon": "0.001",
    "eps": "0.001", "tol": "1e-6", "c": "1.0", "p": "3", "degree": "3", "k": "3", "num_iters": "10", "iters": "10",
    "max_iters": "10", "maxiter": "10", "iterations": "10", "num_labels": "3", "n": "3", "m": "5",
}
_PARAM_VECTORS = {"theta", "w", "weights", "params", "beta", "coef", "nn_params", "mu"}


def python_name(octave_name: str) -> str:
    """An Octave argument name as a Python parameter: ``lambda`` -> ``lambda_``, ``range`` -> ``range_``.

    Never a keyword, never the name of a builtin the port's body may need (``range``, ``len``, ``sum``, ``max``).
    """
    shadows = keyword.iskeyword(octave_name) or hasattr(builtins, octave_name)
    return octave_name + "_" if shadows else octave_name


#: Names that are numbers in signal processing and statistics code (sample rates, lengths, orders, counts).
_NUMBER_NAMES = {"fs", "sr", "fc", "f0", "n", "nfft", "n_fft", "nwin", "win", "hop", "order", "p", "q", "k", "l", "m",
                 "dim", "ddof", "alpha", "beta", "gamma", "tol", "eps", "epsilon", "threshold", "thresh",
                 "fl", "fu", "fmin", "fmax", "lowfreq", "highfreq", "numbands", "nbands", "nbins", "nchannels", "width",
                 "overlap", "range", "dyn_range", "scale", "gain", "offset", "seed"}
_NUMBER_USE = (r"\b(?:zeros|ones|eye|rand|randn|nan|NaN|inf|Inf|cell|repmat|linspace)\s*\((?:[^();]*,)?\s*{n}\s*[,)]"
               r"|:\s*{n}\b|\b{n}\s*:|\bfor\s+\w+\s*=\s*[^;\n]*:\s*{n}\b|\b{n}\s*[<>]=?\s*\d")


def used_as_number(name: str, body: str) -> bool:
    """Whether the ``.m`` body uses ``name`` as a number: a range bound, a size, a loop count, compared to a literal."""
    return re.search(_NUMBER_USE.format(n=re.escape(name)), body) is not None


def guess_input(name: str, body: str = "") -> tuple[str, str]:
    """``(toml value, comment)`` for an argument, guessed from its name and from how the ``.m`` body uses it."""
    low = name.lower()
    if normalise_name(name) == "lambda":
        return "1.0", "FILL IN: regularisation strength (add lambdas = [0, 1] to the case for one input set each)"
    if low in _SCALARS or low.startswith("num_") or low.endswith("_size"):
        return _SCALARS.get(low, "3"), "FILL IN: a number (guessed from the name)"
    if low in _NUMBER_NAMES or used_as_number(name, body):
        why = "the .m file uses it as a number" if used_as_number(name, body) else "guessed from the name"
        return "4", f"FILL IN: a number ({why})"
    if name in ("X",) or low in ("x_train", "features"):
        return f'{{ shape = [{_M}, {_N}], generator = "sin" }}', "FILL IN: shape (guessed: a matrix, one example per row)"
    if name[:1].isupper():
        return f'{{ shape = [{_M}, {_N}], generator = "sin" }}', "FILL IN: shape (guessed: a matrix)"
    if low in _PARAM_VECTORS or low.startswith("theta"):
        return f'{{ shape = [{_N}, 1], generator = "randn:0" }}', "FILL IN: shape (guessed: a parameter column)"
    return f'{{ shape = [{_M}, 1], generator = "cos" }}', "FILL IN: shape (guessed: a column vector)"


@dataclass(frozen=True)
class Scaffold:
    """What ``portcheck new`` will write: the toml entry and two new files."""

    name: str
    toml: Path
    toml_text: str  # the whole new content of the toml
    toml_created: bool
    port: Path
    port_text: str
    test: Path | None = None  # only with --test
    test_text: str = ""


def _rel(target: Path, start: Path) -> str:
    return Path(os.path.relpath(target, start)).as_posix()


def plan_scaffold(m_path, *, toml=None, port=None, test=None, cwd=None) -> Scaffold:
    """Work out the three targets and their text; raise :class:`UsageError` if any exists.

    Parameters
    ----------
    m_path : path-like
        The user's ``.m`` function file.
    toml : path-like, optional
        Default: the ``portcheck.toml`` found from ``cwd`` upward, else ``cwd/portcheck.toml``.
    port : path-like, optional
        Default: ``<project>/<f>.py``.
    test : path-like, optional
        A parity test file to write as well (default: none; the ``[[case]]`` is
        collected by pytest as ``portcheck.toml::f``).
    """
    cwd = Path(cwd or os.getcwd()).resolve()
    m = Path(m_path)
    m = (m if m.is_absolute() else cwd / m).resolve()
    if m.suffix != ".m":
        raise UsageError(f"portcheck new {str(m_path)!r}: expected a .m file")
    sig = read_m_signature(m)
    f = sig.name
    check_function_line(m, f, m_path)
    toml_path = Path(toml).resolve() if toml else (find_project_file(cwd) or cwd / PROJECT_FILE)
    root = toml_path.parent
    port_path = _resolve(port, cwd) if port else root / f"{f}.py"
    if port_path.suffix != ".py":
        raise UsageError(f"--port={str(port)!r}: the port must be a .py file")
    test_path = _resolve(test, cwd) if test else None
    for path, flag in ((port_path, "--port"), (test_path, "--test")):
        if path is not None and path.exists():
            raise UsageError(f"{_rel(path, cwd)} exists; portcheck new never overwrites a file (choose another path with {flag})")

    existing = toml_path.read_text(encoding="utf-8") if toml_path.exists() else ""
    if existing:
        tomllib = toml_module()
        try:
            names = [c.get("name") for c in tomllib.loads(existing).get("case", []) if isinstance(c, dict)]
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"{_rel(toml_path, cwd)} is not valid TOML ({exc}); fix it before adding a case") from None
        if any(isinstance(n, str) and n.lower() == f.lower() for n in names):
            raise UsageError(f"{_rel(toml_path, cwd)} already has a [[case]] named {f!r}; not adding another "
                             "(edit that entry, or remove it to scaffold again)")
    entry = _toml_entry(sig, _rel(m, root), f"{_rel(port_path, root)}:{f}", m_path, m)
    if existing:
        text = existing + ("" if existing.endswith("\n") else "\n") + "\n" + entry
    else:
        text = _TOML_HEADER + entry
    return Scaffold(f, toml_path, text, not existing, port_path, _port_text(sig, m, port_path, toml_path, root),
                    test_path, _test_text(sig, test_path, toml_path, port_path) if test_path else "")


def _resolve(p, cwd: Path) -> Path:
    p = Path(p)
    return (p if p.is_absolute() else cwd / p).resolve()


def write_scaffold(plan: Scaffold) -> None:
    """Write the planned files; the two new files are created exclusively (never overwritten)."""
    for path, text in ((plan.port, plan.port_text), (plan.test, plan.test_text)):
        if path is None:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(path, "x", encoding="utf-8") as fh:
                fh.write(text)
        except FileExistsError:
            raise UsageError(f"{path} exists; portcheck new never overwrites a file") from None
    plan.toml.parent.mkdir(parents=True, exist_ok=True)
    plan.toml.write_text(plan.toml_text, encoding="utf-8")


_TOML_HEADER = """\
# portcheck.toml: your Octave functions and their Python ports, checked for parity.
#   portcheck list            shows the cases;  portcheck compare NAME  runs one;
#   portcheck compare --all   runs them all;    pytest  collects each [[case]] as a test.
# Paths are relative to this file. Schema: docs/portcheck-toml.md in portcheck.

"""


def _toml_entry(sig, reference: str, port: str, m_arg, m_abs=None) -> str:
    lines = [
        f"# Added by `portcheck new {Path(str(m_arg)).as_posix()}`.",
        "# FILL IN: the input shapes and values below are GUESSES from the argument names and the .m body;",
        f"# set them to what {sig.name} expects (an Octave column vector is [n, 1]), or point",
        "# inputs at your data instead: inputs = \"data.npz\" (or .mat), keyed by argument name.",
        "[[case]]",
        f'name = "{sig.name}"',
        f'reference = "{reference}"',
        f'port = "{port}"',
        "# rtol = 1e-9",
        "# atol = 1e-12",
    ]
    if sig.inputs:
        lines.append("[case.inputs]")
        body = "\n".join(_octave_body(Path(m_abs), sig.name)) if m_abs is not None else ""
        guesses = [(n, *guess_input(n, body)) for n in sig.inputs]
        width = max(len(f"{n} = {v}") for n, v, _ in guesses)
        for n, value, comment in guesses:
            lines.append(f"{n} = {value}".ljust(width) + f"  # {comment}")
    else:
        lines.append("inputs = {}")
    return "\n".join(lines) + "\n"


def _octave_body(m: Path, name: str, limit: int = 60) -> list[str]:
    text = m.read_text(errors="replace").splitlines()
    start = next((i for i, l in enumerate(text) if re.match(r"^\s*function\b", l)), None)
    if start is None:
        return []
    body = []
    for line in text[start + 1:]:
        if re.match(r"^\s*function\b", line):
            break
        body.append(line.rstrip())
    while body and not body[-1].strip():
        body.pop()
    if body and body[-1].strip() in ("end", "endfunction"):
        body.pop()
    if len(body) > limit:
        body = body[:limit] + [f"... ({len(body) - limit} more lines in {m.name})"]
    return body


def _port_text(sig, m: Path, port_path: Path, toml_path: Path, root: Path) -> str:
    params = [python_name(n) for n in sig.inputs]
    outs = list(sig.outputs)
    ret = ", ".join(outs) if outs else "nothing"
    returns = "\n".join(f"    {o} : ndarray or float\n        Output {i} of {sig.name}.m." for i, o in enumerate(outs, 1)) or "    None"
    body = _octave_body(m, sig.name)
    octave_lines = "\n".join("    # " + l if l.strip() else "    #" for l in body)
    test_cmd = f"pytest {_rel(toml_path, root)}::{sig.name}"
    message = (f"{sig.name} is not ported yet: translate {m.name} into {port_path.name} "
               f"(return {ret}), then run '{test_cmd}'")
    renamed = [f"{n} -> {python_name(n)}" for n in sig.inputs if python_name(n) != n]
    note = f"\n    Arguments renamed for Python: {', '.join(renamed)} (portcheck maps them by name).\n" if renamed else ""
    return f'''"""Python port of {m.name} (scaffolded by `portcheck new`).

Octave: {sig}

portcheck passes each argument as Octave has it: 2-D arrays (a column vector is
(n, 1)) and Python numbers for scalars. Remember: Octave indexes from 1,
reshapes and unrolls column-major (order="F"), and `*` on matrices is `@`.
"""
import numpy as np


def {sig.name}({", ".join(params)}):
    """Port of ``{sig.name}.m``.
{note}
    Returns
    -------
{returns}
    """
    # The Octave original, to translate line by line:
{octave_lines or "    # (empty)"}
    #
    # Return the outputs in the Octave order: return {ret}
    raise NotImplementedError({message!r})
'''


def _test_text(sig, test_path: Path, toml_path: Path, port_path: Path) -> str:
    toml_rel = _rel(toml_path, test_path.parent)
    func = re.sub(r"\W", "_", sig.name)
    return f'''"""Parity of {port_path.name} with the Octave {sig.name}.m (scaffolded by `portcheck new`).

The case -- reference, port, inputs, tolerances -- is the [[case]] "{sig.name}" in
{toml_rel}. This test fails, with portcheck's diagnosis as the message, until
the port returns what Octave returns on those inputs.
"""


def test_{func}_parity(portcheck_parity):
    portcheck_parity("{sig.name}")
'''
