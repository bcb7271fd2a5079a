"""A user's project: ``portcheck.toml`` discovery, parsing and its cases.

``portcheck.toml`` declares the user's own ``.m``/``.py`` pairs (the schema is
in docs/portcheck-toml.md)::

    rtol = 1e-9                      # optional project defaults
    atol = 1e-12

    [[case]]
    name = "smooth"
    reference = "matlab/smooth.m"    # relative to this file
    port = "python/smooth.py:smooth"
    inputs = "data/smooth.npz"       # or .mat, or a spec table:
    # inputs = { x = { shape = [20, 1], generator = "sin" }, k = 3 }
    lambdas = [0, 1]                 # optional: one input set per value of the lambda argument
    rtol = 1e-8                      # optional, per case

The file is found from the current directory upward (:func:`find_project_file`)
and parsed once per modification (:func:`load_project`). Each ``[[case]]``
becomes a :class:`ProjectCase`, a :class:`~portcheck.cases.base.Case` whose
reference is a file of the user's and whose port is ``FILE.py:FUNC``; the
pipeline, the CLI and the pytest plugin treat it like a built-in case.

The input specs and their generators are in :mod:`portcheck.cases.inputs`.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

from ..errors import SignatureError, UsageError
from ..runner import load_port
from ..signature import normalise_name, read_m_signature
from .base import Case, InputSet
from .inputs import GENERATORS, check_exact, describe_spec, load_input_file, realise_spec, split_for_port, validate_spec

__all__ = [
    "PROJECT_FILE",
    "GENERATORS",
    "Project",
    "ProjectCase",
    "find_project_file",
    "load_project",
    "project_cases",
    "user_case",
    "show_path",
    "toml_module",
]

PROJECT_FILE = "portcheck.toml"

_TOP_KEYS = ("case", "rtol", "atol", "snapshots")
_CASE_KEYS = ("name", "reference", "port", "inputs", "rtol", "atol", "lambdas", "args", "strict_shapes", "description")
_NAME = re.compile(r"^[A-Za-z_][\w.\-]*$")


# --------------------------------------------------------------------------- discovery


def find_project_file(start=None) -> Path | None:
    """The nearest ``portcheck.toml`` in ``start`` (default: the current directory) or above it."""
    here = Path(start or os.getcwd()).resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def toml_module():
    """The TOML parser: ``tomllib`` (Python 3.11+) or ``tomli``."""
    try:
        import tomllib  # Python 3.11+
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib
        except ModuleNotFoundError:
            raise UsageError("reading portcheck.toml on Python 3.10 needs the tomli package; run 'pip install tomli'") from None
    return tomllib


@dataclass(frozen=True)
class Project:
    """A parsed ``portcheck.toml``: where it is and the cases it declares."""

    path: Path
    cases: tuple["ProjectCase", ...]
    rtol: float | None = None
    atol: float | None = None
    snapshots: Path | None = None  # where recorded Octave outputs live (portcheck.snapshots)

    @property
    def root(self) -> Path:
        return self.path.parent


_CACHE: dict = {}


def load_project(path) -> Project:
    """Parse the ``portcheck.toml`` at ``path`` (cached until the file changes).

    Raises
    ------
    UsageError
        Invalid TOML, an unknown key (the valid ones are listed), a value of the
        wrong type, or two cases with the same name.
    """
    p = Path(path).resolve()
    try:
        st = p.stat()
    except FileNotFoundError:
        raise UsageError(f"{str(path)!r}: file not found") from None
    key = (str(p), st.st_mtime_ns, st.st_size)
    if key in _CACHE:
        return _CACHE[key]
    tomllib = toml_module()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{show_path(p)}: invalid TOML: {exc}", tip="see docs/portcheck-toml.md for the schema") from None
    project = _parse_project(p, data)
    _CACHE.clear()  # one project at a time is the common case; keep the cache small
    _CACHE[key] = project
    return project


def project_cases(start=None) -> list["ProjectCase"]:
    """Cases of the ``portcheck.toml`` found from ``start`` upward; ``[]`` when there is none."""
    path = find_project_file(start)
    return list(load_project(path).cases) if path else []


def show_path(p: Path) -> str:
    """``p`` relative to the current directory when it is below it, else absolute."""
    try:
        rel = os.path.relpath(p)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(p)
    return str(p) if rel.startswith("..") else rel


def _parse_project(path: Path, data: dict) -> Project:
    where = show_path(path)
    unknown = sorted(set(data) - set(_TOP_KEYS))
    if unknown:
        raise UsageError(f"{where}: unknown top-level key(s) {unknown}; valid keys are {list(_TOP_KEYS)}",
                         tip="declare each pair in a [[case]] table; see docs/portcheck-toml.md")
    rtol = _tolerance(data, "rtol", where)
    atol = _tolerance(data, "atol", where)
    raw_cases = data.get("case", [])
    if not isinstance(raw_cases, list) or not all(isinstance(c, dict) for c in raw_cases):
        raise UsageError(f"{where}: 'case' must be an array of tables, written [[case]]; got {type(raw_cases).__name__}")
    cases = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_cases, 1):
        case = _parse_case(path, raw, i, rtol, atol)
        low = case.name.lower()
        if low in seen:
            raise UsageError(f"{where}: two cases are named {case.name!r} ([[case]] #{seen[low]} and #{i}); names must be unique (case-insensitive)")
        seen[low] = i
        cases.append(case)
    snapshots = data.get("snapshots")
    if snapshots is not None and (not isinstance(snapshots, str) or not snapshots.strip()):
        raise UsageError(f"{where}: snapshots={snapshots!r}: must be a directory, e.g. snapshots = \"portcheck-snapshots\"")
    return Project(path, tuple(cases), rtol, atol, (path.parent / snapshots).absolute() if snapshots else None)


def _tolerance(table: dict, key: str, where: str):
    if key not in table:
        return None
    v = table[key]
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not v >= 0:
        raise UsageError(f"{where}: {key}={v!r}: must be a number >= 0, e.g. {key} = {1e-9 if key == 'rtol' else 1e-12:g}")
    return float(v)


def _parse_case(path: Path, raw: dict, index: int, rtol_default, atol_default) -> "ProjectCase":
    name = raw.get("name")
    where = f"{show_path(path)}: [[case]] #{index}" + (f" {name!r}" if isinstance(name, str) else "")
    unknown = sorted(set(raw) - set(_CASE_KEYS))
    if unknown:
        raise UsageError(f"{where}: unknown key(s) {unknown}; valid keys are {list(_CASE_KEYS)}")
    for key in ("name", "reference", "port"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise UsageError(f"{where}: {key}={raw.get(key)!r}: required, a non-empty string", tip=_CASE_TIP)
    if not _NAME.match(name):
        raise UsageError(f"{where}: name={name!r}: must start with a letter or '_' and hold only letters, digits, '_', '-', '.' (it becomes a test id)")
    if ":" not in raw["port"]:
        raise UsageError(f"{where}: port={raw['port']!r}: expected 'FILE.py:FUNCTION', e.g. 'python/{name}.py:{name}'")
    if "inputs" not in raw:
        raise UsageError(f"{where}: inputs missing: give a .npz/.mat file or a spec table", tip=_CASE_TIP)
    sources = _parse_inputs(raw["inputs"], where)
    lambdas = raw.get("lambdas")
    if lambdas is not None:
        if not isinstance(lambdas, list) or not lambdas or any(isinstance(l, bool) or not isinstance(l, (int, float)) for l in lambdas):
            raise UsageError(f"{where}: lambdas={lambdas!r}: must be a non-empty list of numbers, e.g. lambdas = [0, 1]")
        lambdas = tuple(float(l) for l in lambdas)
    args = raw.get("args", {})
    if not isinstance(args, dict) or not all(isinstance(v, str) for v in args.values()):
        raise UsageError(f"{where}: args={args!r}: must be a table of port_argument = \"octave_argument\", e.g. args = {{ lmbda = \"lambda\" }}")
    strict = raw.get("strict_shapes", False)
    if not isinstance(strict, bool):
        raise UsageError(f"{where}: strict_shapes={strict!r}: must be true or false")
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise UsageError(f"{where}: description={description!r}: must be a string")
    rtol = _tolerance(raw, "rtol", where)
    atol = _tolerance(raw, "atol", where)
    root = path.parent
    return _make_case(
        name=name, reference=root / raw["reference"], port=raw["port"], root=root, sources=sources,
        lambdas=lambdas, rtol=rtol if rtol is not None else rtol_default, atol=atol if atol is not None else atol_default,
        args=dict(args), strict_shapes=strict, description=description, where=where, origin=path,
    )


_CASE_TIP = ("a case needs name, reference, port and inputs, e.g. name = \"smooth\", reference = \"smooth.m\", "
             "port = \"smooth.py:smooth\", inputs = \"smooth.npz\"")


def _parse_inputs(value, where: str) -> tuple:
    """``inputs``: a file, a spec table, or a non-empty list of them (one input set each)."""
    items = value if isinstance(value, list) else [value]
    if not items:
        raise UsageError(f"{where}: inputs=[]: give at least one file or spec table")
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            out.append(validate_spec(item, where))
        else:
            raise UsageError(f"{where}: inputs={value!r}: each entry must be a .npz/.mat path or a table of argument specs")
    return tuple(out)


# --------------------------------------------------------------------------- cases


@dataclass(frozen=True, eq=False)
class _InputBuilder:
    """``build_inputs(size, lambdas)`` for a project case: files and specs -> input sets."""

    reference: Path
    root: Path
    sources: tuple
    lambdas: tuple | None
    where: str

    def __call__(self, size: str = "debug", lambdas=None) -> list[InputSet]:
        names = list(read_m_signature(self.reference).inputs)
        lambdas = tuple(float(l) for l in lambdas) if lambdas is not None else self.lambdas
        lambda_name = None
        if lambdas:
            lambda_name = next((n for n in names if normalise_name(n) == "lambda"), None)
            if lambda_name is None:
                raise UsageError(f"{self.where}: lambdas given, but the .m function takes no lambda argument (its inputs are {names})",
                                 tip="drop lambdas (and --lambda), or name the .m argument lambda")
        sets = []
        for i, src in enumerate(self.sources, 1):
            if isinstance(src, str):
                path = Path(src) if Path(src).is_absolute() else self.root / src
                values = load_input_file(path, names, what=self.where if self.where.startswith("--") else f"{self.where}: inputs",
                                         shown=src)
                label, desc = Path(src).name, f"values from {src}" + _one_d_note(values)
            elif isinstance(src, _Values):
                check_exact(src, names, f"{self.where}: inputs")
                values = {n: src[n] for n in names}
                label = "values" if len(self.sources) == 1 else f"values {i}"
                desc = "values given by the caller"
            else:
                values = realise_spec(src, names, f"{self.where}: inputs")
                label = "spec" if len(self.sources) == 1 else f"spec {i}"
                desc = f"generated: {describe_spec(src)}"
            for lam in (lambdas or (None,)):
                v = dict(values)
                name = label
                if lam is not None:
                    v[lambda_name] = lam
                    name = f"{label}, {lambda_name}={lam:g}"
                octave, port = split_for_port(v)
                sets.append(InputSet(name, octave, desc, port_values=port))
        return sets


@dataclass(frozen=True)
class ProjectCase(Case):
    """A case of the user's: a ``.m`` file of theirs and a ``FILE.py:FUNC`` port.

    ``port`` is the spec as written (relative to ``root``) and is what reports
    and ``portcheck list`` show; :meth:`load_port` resolves it against ``root``.
    """

    reference_file: Path = Path()
    root: Path = Path()

    @property
    def source(self) -> str:
        """``"portcheck.toml"`` for a declared case, ``"--octave"`` for a one-off pair."""
        return "portcheck.toml" if self.origin is not None else "--octave"

    @property
    def reference_path(self) -> Path:
        return self.reference_file

    @property
    def reference_label(self) -> str:
        """The reference as the user wrote it, relative to the current directory when possible."""
        return show_path(self.reference_file)

    @property
    def port_spec(self) -> str:
        """``FILE.py:FUNC`` with FILE absolute (what :func:`portcheck.runner.load_port` gets)."""
        target, _, func = self.port.rpartition(":")
        if target.endswith(".py") or "/" in target or os.sep in target:
            p = Path(target)
            target = str(p if p.is_absolute() else (self.root / p))
        return f"{target}:{func}"

    @property
    def port_label(self) -> str:
        target, _, func = self.port_spec.rpartition(":")
        return f"{show_path(Path(target)) if target.endswith('.py') else target}:{func}"

    def load_port(self, timeout: float | None = None) -> Callable:
        return load_port(self.port_spec, timeout=timeout)


def _make_case(*, name, reference, port, root, sources, lambdas, rtol, atol, args, strict_shapes, description, where, origin):
    reference = Path(reference).resolve() if Path(reference).exists() else Path(os.path.abspath(reference))
    try:
        sig = read_m_signature(reference)
        function, outputs = sig.name, sig.outputs
    except SignatureError:  # reported when the case is run; listing still works
        function, outputs, sig = reference.stem, (), None
    if sig is not None:  # a spec naming arguments the function does not take is a schema error: say so now
        for src in sources:
            if isinstance(src, dict) and not isinstance(src, _Values):
                check_exact(src, list(sig.inputs), f"{where}: inputs")
    return ProjectCase(
        name=name, exercise=show_path(origin) if origin else "--octave", reference=function, port=port, outputs=tuple(outputs),
        build_inputs=_InputBuilder(reference, Path(root), tuple(sources), lambdas, where),
        description=description or f"{function} from {show_path(reference)}",
        reference_file=reference, root=Path(root), origin=origin, rtol=rtol, atol=atol,
        arg_overrides=dict(args), strict_shapes=strict_shapes,
    )


def _one_d_note(values: Mapping) -> str:
    one_d = [k for k, v in values.items() if getattr(v, "ndim", None) == 1]
    if not one_d:
        return ""
    return f" ({', '.join(one_d)} 1-D as stored for the port; a column for Octave)"


def user_case(reference, port: str, inputs, *, lambdas=None, root=None, name: str | None = None,
              where: str = "inputs") -> ProjectCase:
    """A one-off case from a ``.m`` path, ``FILE.py:FUNC`` and inputs (``portcheck compare --octave``).

    ``inputs`` is a ``.npz``/``.mat`` path, a spec table or a ``dict`` of
    values (used as they are), or a list of those. Relative paths start from
    ``root`` (default: the current directory).
    """
    root = Path(root or os.getcwd())
    items = inputs if isinstance(inputs, (list, tuple)) else [inputs]
    sources = []
    for item in items:
        if isinstance(item, (str, os.PathLike)):
            sources.append(str(item))
        elif isinstance(item, Mapping):
            if any(isinstance(v, dict) for v in item.values()):  # a spec table: {"x": {"shape": [5, 1], ...}}
                sources.append(validate_spec(dict(item), "inputs"))
            else:
                sources.append(_Values(item))
        else:
            raise UsageError(f"inputs={item!r}: expected a .npz/.mat path, a dict of values keyed by the .m argument names, or a list of those")
    ref = Path(reference)
    ref = ref if ref.is_absolute() else root / ref
    case = _make_case(name=name or ref.stem, reference=ref, port=str(port), root=root, sources=tuple(sources), lambdas=lambdas,
                      rtol=None, atol=None, args={}, strict_shapes=False, description="", where=where, origin=None)
    return case


class _Values(dict):
    """Input values given directly (a dict from a test); used as they are."""
