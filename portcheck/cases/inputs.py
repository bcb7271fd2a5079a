"""Input values from users' files (``.npz``, ``.mat``) and their checks.

A file holds one input set: one array (or scalar) per argument of the ``.m``
function, keyed by the argument's name exactly as the ``.m`` file spells it
(``X``, ``y``, ``lambda``). ``.npz`` files are read with :func:`numpy.load`
(``allow_pickle=False``: a data file never runs code); ``.mat`` files with
:func:`scipy.io.loadmat` (v4 to v7.2; a v7.3 file is HDF5 and is refused with
the remedy).

Values keep what the file says, with one explicit change, made for Octave only:
Octave has no 1-D arrays, so a 1-D array becomes a column for the reference,
while the port receives it as stored (see :func:`split_for_port`). A 0-d array
(``np.savez(f, lambda=1.0)``) becomes a Python scalar.

Input specs (``portcheck.toml``) describe values instead of storing them: per
argument a number, a literal list, or ``{shape, generator, scale, offset}``.
Generators (deterministic: the values are made in Python and sent to
both sides, so a seed means the same numbers for the port and for Octave):

``sin`` / ``cos``
    ``sin(1..numel)`` filled column-major, like the course's
    ``debugInitializeWeights`` (which also divides by 10: use ``scale = 0.1``).
``range``
    ``1..numel`` filled column-major (Octave's ``reshape(1:n, shape)``).
``randn:SEED`` / ``rand:SEED``
    ``numpy.random.default_rng(SEED)`` normal / uniform [0, 1) numbers.
``labels:K``
    The course's labels ``1 + mod(1:numel, K)``: 1-based classes 1..K.
``zeros`` / ``ones`` / ``eye``

Every generated value is then ``offset + scale * value`` (defaults 0 and 1).
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterable, Mapping

from ..errors import UsageError

__all__ = ["SUFFIXES", "GENERATORS", "load_input_file", "check_names", "split_for_port", "parse_generator",
           "validate_spec", "realise_spec", "check_exact", "describe_spec"]

#: File types accepted for user inputs.
SUFFIXES = (".npz", ".mat")

_MAT_META = ("__header__", "__version__", "__globals__")

#: Generator names accepted in an input spec (the part before ``:``).
GENERATORS = ("sin", "cos", "range", "randn", "rand", "labels", "zeros", "ones", "eye")

_SPEC_KEYS = ("shape", "generator", "scale", "offset")


def load_input_file(path, names: Iterable[str] | None = None, *, what: str = "--inputs", shown=None) -> dict:
    """Read the input values stored in ``path``.

    Parameters
    ----------
    path : path-like
        A ``.npz`` or ``.mat`` file.
    names : iterable of str, optional
        The ``.m`` argument names. When given, every name must be in the file
        (:func:`check_names`) and only those are returned, in that order.
    what : str
        How the caller refers to the file in messages (``"--inputs"``, or a
        ``portcheck.toml`` location).
    shown : str, optional
        The path as the user wrote it (default ``path``), for messages.

    Returns
    -------
    dict
        ``{name: ndarray or scalar}``.

    Raises
    ------
    UsageError
        The file is missing, of another type, unreadable, or lacks a name.
    """
    p = Path(path).expanduser()
    shown = str(path) if shown is None else str(shown)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"{what}={shown!r}: expected a .npz or .mat file, got {suffix or 'no suffix'!r}",
                         tip="save the inputs with numpy.savez('inputs.npz', X=X, y=y, ...) or Octave's save('-v7', 'inputs.mat', ...)")
    if not p.is_file():
        raise UsageError(f"{what}={shown!r}: file not found; check the path (relative paths start from "
                         f"{'the portcheck.toml directory' if 'toml' in what else 'the current directory'})")
    values = _read_npz(p, what, shown) if suffix == ".npz" else _read_mat(p, what, shown)
    if names is not None:
        names = list(names)
        check_names(values, names, source=f"{what}={shown!r}")
        return {n: values[n] for n in names}
    return values


def _read_npz(p: Path, what: str, shown: str) -> dict:
    import numpy as np

    with open(p, "rb") as fh:
        magic = fh.read(4)
    if not magic.startswith(b"PK"):
        raise UsageError(f"{what}={shown!r}: not a .npz file (not a zip archive: starts with {magic!r}); "
                         "re-create it with numpy.savez(f, X=X, y=y, ...)")
    try:
        with np.load(p, allow_pickle=False) as data:
            return {k: _scalar_or_array(data[k]) for k in data.files}
    except ValueError as exc:
        if "allow_pickle" in str(exc) or "pickle" in str(exc).lower():
            raise UsageError(f"{what}={shown!r}: holds Python objects (pickled), not plain arrays; "
                             "save numeric arrays only, e.g. np.savez(f, X=np.asarray(X, dtype=float))") from None
        raise UsageError(f"{what}={shown!r}: not a readable .npz file ({exc})") from None
    except (OSError, EOFError, zipfile.BadZipFile, KeyError) as exc:
        raise UsageError(f"{what}={shown!r}: not a readable .npz file ({type(exc).__name__}: {exc}); "
                         "re-create it with numpy.savez") from None


def _read_mat(p: Path, what: str, shown: str) -> dict:
    import scipy.io

    try:
        raw = scipy.io.loadmat(p, squeeze_me=False, struct_as_record=True)
    except NotImplementedError:
        raise UsageError(f"{what}={shown!r}: a MATLAB v7.3 (HDF5) file, which scipy.io cannot read; "
                         "re-save it as v7: save('-v7', 'inputs.mat', ...) in Octave or save(..., '-v7') in MATLAB") from None
    except Exception as exc:  # scipy raises ValueError, TypeError, MatReadError... on corrupt files
        raise UsageError(f"{what}={shown!r}: not a readable .mat file ({type(exc).__name__}: {exc}); "
                         "re-save it with save('-v7', ...)") from None
    return {k: _scalar_or_array(v) for k, v in raw.items() if k not in _MAT_META}


def _scalar_or_array(a):
    import numpy as np

    a = np.asarray(a)
    if a.dtype.kind not in "biufc":
        return a  # strings, cells, structs: passed through, the comparison reports them
    if a.ndim == 0:
        return a.item()
    return a


def check_names(values: Mapping, names: list[str], *, source: str) -> None:
    """Raise :class:`UsageError` unless every name in ``names`` is a key of ``values``.

    The message lists what is missing, what the file holds, and, for names
    that differ only in case, the likely intended one.
    """
    missing = [n for n in names if n not in values]
    if not missing:
        return
    have = sorted(values)
    hints = []
    for n in missing:
        close = [k for k in have if k.lower() == n.lower() or k.rstrip("_").lower() == n.lower()]
        if close:
            hints.append(f"{close[0]!r} -> {n!r}")
    hint = f"; rename {', '.join(hints)}" if hints else ""
    raise UsageError(f"{source}: missing input(s) {missing} of the .m signature {names}; the file holds {have}{hint}",
                     tip="key each array by the .m argument name, e.g. numpy.savez(f, " + ", ".join(f"{n}=..." for n in names[:4]) + ")")


def split_for_port(values: Mapping) -> tuple[dict, dict]:
    """Octave-shaped values and the port's overrides.

    Returns ``(octave_values, port_values)``: 1-D arrays become ``(n, 1)``
    columns in ``octave_values`` and keep their stored shape in
    ``port_values``; everything else is shared.
    """
    import numpy as np

    octave, port = {}, {}
    for k, v in values.items():
        if isinstance(v, np.ndarray) and v.ndim == 1:
            octave[k] = v.reshape(-1, 1)
            port[k] = v
        else:
            octave[k] = v
    return octave, port


# --------------------------------------------------------------------------- input specs (portcheck.toml)

def parse_generator(text: str, where: str = "generator") -> tuple[str, float | None]:
    """``"randn:3"`` -> ``("randn", 3.0)``; ``"sin"`` -> ``("sin", None)``.

    Raises :class:`UsageError` naming the valid generators.
    """
    name, _, arg = str(text).partition(":")
    name = name.strip().lower()
    if name not in GENERATORS:
        raise UsageError(f"{where}={text!r}: unknown generator; choose one of {', '.join(GENERATORS)} "
                         "(randn/rand take ':SEED', labels takes ':K')")
    if name == "labels":
        if not arg.strip().isdigit() or int(arg) < 1:
            raise UsageError(f"{where}={text!r}: labels needs the number of classes K >= 1, e.g. 'labels:10'")
        return name, float(int(arg))
    if name in ("randn", "rand"):
        if arg and not arg.strip().isdigit():
            raise UsageError(f"{where}={text!r}: the seed must be a non-negative integer, e.g. '{name}:0'")
        return name, float(int(arg)) if arg else 0.0
    if arg:
        raise UsageError(f"{where}={text!r}: {name!r} takes no argument")
    return name, None


def validate_spec(spec: dict, where: str) -> dict:
    """Check a spec table ``{argument: number | list | {shape, generator, scale, offset}}``."""
    for arg, v in spec.items():
        w = f"{where}: inputs.{arg}"
        if isinstance(v, bool):
            raise UsageError(f"{w}={v!r}: booleans are not inputs here; use 0 or 1")
        if isinstance(v, (int, float, list)):
            if isinstance(v, list):
                _check_literal(v, w)
            continue
        if isinstance(v, str):
            raise UsageError(f"{w}={v!r}: a generator needs a shape: {arg} = {{ shape = [5, 1], generator = {v!r} }}")
        if not isinstance(v, dict):
            raise UsageError(f"{w}={v!r}: expected a number, a list of numbers, or {{ shape = [...], generator = \"...\" }}")
        unknown = sorted(set(v) - set(_SPEC_KEYS))
        if unknown:
            raise UsageError(f"{w}: unknown key(s) {unknown}; valid keys are {list(_SPEC_KEYS)}")
        shape = v.get("shape")
        if not isinstance(shape, list) or any(isinstance(s, bool) or not isinstance(s, int) or s < 0 for s in shape):
            raise UsageError(f"{w}.shape={shape!r}: must be a list of non-negative integers, e.g. shape = [5, 3] "
                             "(an Octave column vector is [n, 1]; [n] gives the port a 1-D array and Octave a column)")
        if "generator" not in v:
            raise UsageError(f"{w}: generator missing; choose one of {', '.join(GENERATORS)}")
        kind, _ = parse_generator(v["generator"], f"{w}.generator")
        if kind == "eye" and len(shape) != 2:
            raise UsageError(f"{w}: generator 'eye' needs a 2-D shape, got shape={shape!r}")
        for key in ("scale", "offset"):
            if key in v and (isinstance(v[key], bool) or not isinstance(v[key], (int, float))):
                raise UsageError(f"{w}.{key}={v[key]!r}: must be a number")
    return dict(spec)


def _check_literal(v: list, where: str) -> None:
    import numpy as np

    try:
        a = np.asarray(v, dtype=float)
    except (TypeError, ValueError):
        raise UsageError(f"{where}={v!r}: a literal array must be a list of numbers or of equal-length rows, e.g. [[1, 2], [3, 4]]") from None
    if a.ndim > 2:
        raise UsageError(f"{where}: literal arrays may have at most 2 dimensions; use a .npz file for more")


def realise_spec(spec: Mapping, names: list[str], where: str = "inputs") -> dict:
    """Values for the ``.m`` arguments ``names`` from a validated spec table.

    Numbers stay Python numbers (``3`` stays an ``int`` for the port; Octave
    receives a double), lists become float arrays (rows as written), specs with
    a generator become float arrays of their shape.
    """
    import numpy as np

    check_exact(spec, names, where)
    values = {}
    for n in names:
        v = spec[n]
        if isinstance(v, (int, float)):
            values[n] = v
        elif isinstance(v, list):
            values[n] = np.asarray(v, dtype=float)
        else:
            values[n] = _generate(v, f"{where}.{n}")
    return values


def check_exact(given: Mapping, names: list[str], where: str) -> None:
    missing = [n for n in names if n not in given]
    extra = [k for k in given if k not in names]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"no value for {missing}")
        if extra:
            parts.append(f"{extra} not in the signature")
        raise UsageError(f"{where}: {'; '.join(parts)}; the .m function takes {names}",
                         tip="give one entry per .m argument, spelt as in the .m file")


def _generate(spec: Mapping, where: str):
    import numpy as np

    shape = tuple(int(s) for s in spec["shape"])
    kind, arg = parse_generator(spec["generator"], f"{where}.generator")
    n = int(np.prod(shape)) if shape else 1
    k = np.arange(1, n + 1, dtype=float)
    if kind == "sin":
        flat = np.sin(k)
    elif kind == "cos":
        flat = np.cos(k)
    elif kind == "range":
        flat = k
    elif kind == "labels":
        flat = 1.0 + np.mod(k, arg)
    elif kind == "zeros":
        flat = np.zeros(n)
    elif kind == "ones":
        flat = np.ones(n)
    elif kind == "eye":
        a = np.eye(shape[0], shape[1])
        flat = a.ravel(order="F")
    else:
        rng = np.random.default_rng(int(arg))
        flat = rng.standard_normal(n) if kind == "randn" else rng.random(n)
    out = float(spec.get("offset", 0.0)) + float(spec.get("scale", 1.0)) * flat
    if not shape:
        return float(out[0])
    return np.reshape(out, shape, order="F")


def describe_spec(spec: Mapping) -> str:
    """``"X 5x3 sin, y 5x1 labels:3, lambda=1"``: a spec in one line for reports."""
    parts = []
    for n, v in spec.items():
        if isinstance(v, dict):
            shape = "x".join(map(str, v["shape"])) or "scalar"
            extra = "".join(f" {k}={v[k]:g}" for k in ("scale", "offset") if k in v)
            parts.append(f"{n} {shape} {v['generator']}{extra}")
        elif isinstance(v, list):
            parts.append(f"{n} literal")
        else:
            parts.append(f"{n}={v:g}")
    return ", ".join(parts)
