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

Input specs (``portcheck.toml``) describe values instead of storing them:
:mod:`portcheck.cases.specs` (re-exported here).

Structs, cells and char arrays in a ``.mat`` file are read as
``scipy.io.loadmat(simplify_cells=True)`` gives them: a struct as a dict, a
char array as a str, a cell as a list (an :class:`~portcheck.octave.bridge.OctaveCell`,
so it goes back to Octave as a cell). Integer and logical arrays keep their
class on both sides.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterable, Mapping

from ..errors import UsageError
from ..octave.bridge import OctaveCell
from .specs import GENERATORS, check_exact, describe_spec, parse_generator, realise_spec, validate_spec

__all__ = ["SUFFIXES", "GENERATORS", "load_input_file", "check_names", "split_for_port", "parse_generator",
           "validate_spec", "realise_spec", "check_exact", "describe_spec"]

#: File types accepted for user inputs.
SUFFIXES = (".npz", ".mat")

_MAT_META = ("__header__", "__version__", "__globals__")


def load_input_file(path, names: Iterable[str] | None = None, *, what: str = "--inputs", shown=None,
                    required: int | None = None) -> dict:
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
    required : int, optional
        Only the first ``required`` names must be in the file (the rest are
        optional trailing arguments of the ``.m`` function); default all.

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
    try:
        with open(p, "rb"):
            pass
    except OSError as exc:
        raise UsageError(f"{what}={shown!r}: cannot be read ({exc.strerror or exc}); check that you may read it") from None
    values = _read_npz(p, what, shown) if suffix == ".npz" else _read_mat(p, what, shown)
    if names is not None:
        names = list(names)
        check_names(values, names, source=f"{what}={shown!r}", required=required)
        return {n: values[n] for n in names if n in values}
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
    """Numeric and logical arrays keep their 2-D shapes and classes; structs, cells and char arrays are
    read as ``scipy.io.loadmat(simplify_cells=True)`` gives them (dict, list, str)."""
    import scipy.io

    try:
        raw = scipy.io.loadmat(p, squeeze_me=False, struct_as_record=True)
        structured = [k for k, v in raw.items() if k not in _MAT_META and getattr(v, "dtype", None) is not None
                      and v.dtype.kind not in "biufc"]
        simple = scipy.io.loadmat(p, simplify_cells=True) if structured else {}
        logical = {name for name, _, cls in scipy.io.whosmat(p) if cls == "logical"}  # loadmat gives them as uint8
    except NotImplementedError:
        raise UsageError(f"{what}={shown!r}: a MATLAB v7.3 (HDF5) file, which scipy.io cannot read; "
                         "re-save it as v7: save('-v7', 'inputs.mat', ...) in Octave or save(..., '-v7') in MATLAB") from None
    except Exception as exc:  # scipy raises ValueError, TypeError, MatReadError... on corrupt files
        raise UsageError(f"{what}={shown!r}: not a readable .mat file ({type(exc).__name__}: {exc}); "
                         "re-save it with save('-v7', ...)") from None
    _refuse_sparse(raw, what, shown)
    return {k: _cells(simple[k]) if k in structured else _scalar_or_array(v.astype(bool) if k in logical else v)
            for k, v in raw.items() if k not in _MAT_META}


def _refuse_sparse(values: dict, what: str, shown: str) -> None:
    """A sparse matrix (a .mat sparse variable) is not passed on: it would reach the port as a scipy object."""
    import scipy.sparse

    sparse = [k for k, v in values.items() if k not in _MAT_META and scipy.sparse.issparse(v)]
    if sparse:
        raise UsageError(f"{what}={shown!r}: {sparse[0]!r} is a sparse matrix, which portcheck does not pass to "
                         "Octave and the port; save it as a full matrix",
                         tip=f"in Octave: {sparse[0]} = full({sparse[0]}); save('-v7', ...) -- or in Python: "
                             f"np.savez(f, {sparse[0]}={sparse[0]}.toarray())")


def _cells(value):
    """simplify_cells' lists as :class:`OctaveCell` (they go back to Octave as cells), recursively."""
    if isinstance(value, list):
        return OctaveCell(_cells(v) for v in value)
    if getattr(value, "dtype", None) is not None and value.dtype == object:  # a cell at the top level: an object array
        return OctaveCell(_cells(v) for v in value.ravel(order="F"))
    if isinstance(value, dict):
        return {k: _cells(v) for k, v in value.items()}
    return value


def _scalar_or_array(a):
    import numpy as np

    a = np.asarray(a)
    if a.dtype.kind == "U" and a.size == 1:
        return str(a.reshape(-1)[0])  # np.savez(f, approach="md"): a 0-d string
    if a.dtype.kind not in "biufc":
        return a  # strings, cells, structs: passed through, the comparison reports them
    if a.ndim == 0:
        return a.item()
    return a


def check_names(values: Mapping, names: list[str], *, source: str, required: int | None = None) -> None:
    """Raise :class:`UsageError` unless every name in ``names`` is a key of ``values``.

    With ``required``, only the first ``required`` names must be there (the
    rest are optional trailing arguments), and those given must not skip one.
    The message lists what is missing, what the file holds, and, for names
    that differ only in case, the likely intended one.
    """
    need = names if required is None else names[:required]
    missing = [n for n in need if n not in values]
    if not missing and required is not None:
        given = [n for n in names if n in values]
        if given != names[:len(given)]:
            gap = next(n for n in names if n not in values)
            raise UsageError(f"{source}: optional arguments may only be left out from the end: {gap!r} is missing "
                             f"but {given[-1]!r} after it is given; the .m signature is {names}")
        return
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

    Returns ``(octave_values, port_values)``: 1-D numeric arrays become
    ``(n, 1)`` columns in ``octave_values`` and keep their stored shape in
    ``port_values``; everything else is shared.
    """
    import numpy as np

    octave, port = {}, {}
    for k, v in values.items():
        if isinstance(v, np.ndarray) and v.ndim == 1 and v.dtype.kind in "biufc":
            octave[k] = v.reshape(-1, 1)
            port[k] = v
        else:
            octave[k] = v
    return octave, port
