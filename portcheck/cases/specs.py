"""Input specs of ``portcheck.toml``: values described instead of stored.

One entry per ``.m`` argument (spelt as in the ``.m`` file). An entry is

* a number (``k = 3`` stays an ``int`` for the port; Octave receives a double),
  a boolean (logical), a string (char: ``approach = "md"``);
* a list: numbers (rows as written, 2-D at most) -> a float array, booleans ->
  a logical array, ``[]`` -> Octave's empty matrix (a 0x0 array), anything
  else -> a cell (a Python list for the port);
* ``{ shape = [...], generator = "...", scale = 1, offset = 0, class = "double" }``:
  a generated array (:data:`GENERATORS`);
* ``{ value = ..., class = "uint8" }``: a literal of an Octave class;
* any other table: a struct (a dict for the port), its fields entries alike.

``class`` converts as Octave does (round half away, saturate): ``int8`` ...
``uint64``, ``single``, ``double``, ``logical``. Integer classes keep their
class on the Octave side, so saturation and integer division are Octave's.

A spec table may also carry ``name`` (the input set's name in reports) and
``file`` (a ``.npz``/``.mat`` whose values the other entries override), unless
the ``.m`` function takes an argument of that name.

Generators (deterministic: the values are made in Python and sent to both sides):

``sin`` / ``cos``
    ``sin(1..numel)`` filled column-major, like the course's ``debugInitializeWeights``.
``range``
    ``1..numel`` filled column-major (Octave's ``reshape(1:n, shape)``).
``randn:SEED`` / ``rand:SEED``
    ``numpy.random.default_rng(SEED)`` normal / uniform [0, 1) numbers;
    ``randn:random`` draws a new seed each run (shown in the report; the inputs
    are saved when the case fails, so the Reproduce line reproduces).
``labels:K``
    The course's labels ``1 + mod(1:numel, K)``: 1-based classes 1..K.
``zeros`` / ``ones`` / ``eye``
"""
from __future__ import annotations

from typing import Mapping

from ..errors import UsageError
from ..octave.bridge import OctaveCell

__all__ = ["GENERATORS", "CLASSES", "RESERVED", "parse_generator", "validate_spec", "realise_spec", "check_exact",
           "describe_spec", "to_class", "split_meta"]

#: Generator names accepted in an input spec (the part before ``:``).
GENERATORS = ("sin", "cos", "range", "randn", "rand", "labels", "zeros", "ones", "eye")
#: Octave classes a spec may ask for.
CLASSES = ("double", "single", "logical", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")
#: Keys of a spec table that describe the input set, not an argument (unless the .m takes such an argument).
RESERVED = ("name", "file")

_SPEC_KEYS = ("shape", "generator", "scale", "offset", "class")


def parse_generator(text: str, where: str = "generator") -> tuple[str, float | None]:
    """``"randn:3"`` -> ``("randn", 3.0)``; ``"sin"`` -> ``("sin", None)``; ``"randn:random"`` -> ``("randn", -1.0)``.

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
        if arg.strip() == "random":
            return name, -1.0
        if arg and not arg.strip().isdigit():
            raise UsageError(f"{where}={text!r}: the seed must be a non-negative integer or 'random', e.g. '{name}:0'")
        return name, float(int(arg)) if arg else 0.0
    if arg:
        raise UsageError(f"{where}={text!r}: {name!r} takes no argument")
    return name, None


def validate_spec(spec: dict, where: str) -> dict:
    """Check a spec table (see the module's docstring); returns a copy."""
    for arg, v in spec.items():
        w = f"{where}: inputs.{arg}"
        if arg in RESERVED and isinstance(v, str):
            continue
        if isinstance(v, str) and v.partition(":")[0].strip().lower() in GENERATORS:
            raise UsageError(f"{w}={v!r}: a generator needs a shape: {arg} = {{ shape = [5, 1], generator = {v!r} }}")
        _validate_value(v, w)
    return dict(spec)


def _validate_value(v, w: str) -> None:
    if isinstance(v, (bool, int, float, str)):
        return
    if isinstance(v, list):
        _check_list(v, w)
        return
    if not isinstance(v, dict):
        raise UsageError(f"{w}={v!r}: expected a number, a string, a list, a table of fields, or "
                         "{ shape = [...], generator = \"...\" }")
    if "shape" in v or "generator" in v:
        _check_generated(v, w)
    elif "value" in v and set(v) <= {"value", "class"}:
        _validate_value(v["value"], f"{w}.value")
        _check_class(v, w)
    else:
        for field, x in v.items():
            _validate_value(x, f"{w}.{field}")


def _check_class(v: dict, w: str) -> None:
    if "class" in v and v["class"] not in CLASSES:
        raise UsageError(f"{w}.class={v['class']!r}: unknown class; choose one of {', '.join(CLASSES)}")


def _check_generated(v: dict, w: str) -> None:
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
    _check_class(v, w)


def _check_list(v: list, where: str) -> None:
    import numpy as np

    if not v:
        return  # [] is Octave's empty matrix
    if _numeric_list(v):
        try:
            a = np.asarray(v, dtype=float)
        except (TypeError, ValueError):
            raise UsageError(f"{where}={v!r}: a literal array must be a list of numbers or of equal-length rows, "
                             "e.g. [[1, 2], [3, 4]]") from None
        if a.ndim > 2:
            raise UsageError(f"{where}: literal arrays may have at most 2 dimensions; use a .npz file for more")
        return
    for i, x in enumerate(v):
        _validate_value(x, f"{where}[{i}]")


def _numeric_list(v) -> bool:
    """Numbers or booleans, possibly nested one level (rows)."""
    flat = [x for row in v for x in (row if isinstance(row, list) else [row])]
    return bool(flat) and all(isinstance(x, (int, float)) for x in flat) and all(
        not isinstance(row, list) or all(not isinstance(x, list) for x in row) for row in v)


def split_meta(spec: Mapping, names) -> tuple[dict, dict]:
    """``(arguments, meta)``: ``name``/``file`` keys that are not ``.m`` arguments go to meta."""
    names = set(names) if names is not None else set()
    args = {k: v for k, v in spec.items() if not (k in RESERVED and k not in names and isinstance(v, str))}
    meta = {k: v for k, v in spec.items() if k not in args}
    return args, meta


def realise_spec(spec: Mapping, names: list[str], where: str = "inputs", required: int | None = None) -> dict:
    """Values for the ``.m`` arguments ``names`` from a validated spec table (``name``/``file`` left out).

    With ``required``, only the first ``required`` names need an entry.
    """
    spec, _ = split_meta(spec, names)
    check_exact(spec, names, where, required)
    return {n: realise_value(spec[n], f"{where}.{n}") for n in names if n in spec}


def realise_value(v, where: str = "value"):
    """The Python value of one validated entry (see the module's docstring)."""
    import numpy as np

    if isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, list):
        if not v:
            return np.zeros((0, 0))  # Octave's []
        if _numeric_list(v):
            if all(isinstance(x, bool) for row in v for x in (row if isinstance(row, list) else [row])):
                return np.asarray(v, dtype=bool)
            return np.asarray(v, dtype=float)
        return OctaveCell(realise_value(x, f"{where}[{i}]") for i, x in enumerate(v))
    if "shape" in v or "generator" in v:
        return to_class(_generate(v, where), v.get("class"))
    if "value" in v and set(v) <= {"value", "class"}:
        return to_class(realise_value(v["value"], where), v.get("class"))
    return {k: realise_value(x, f"{where}.{k}") for k, x in v.items()}


def to_class(value, cls: str | None):
    """``value`` converted to the Octave class ``cls`` as Octave converts (round half away, saturate)."""
    import numpy as np

    if cls is None:
        return value
    a = np.asarray(value)
    if cls == "double":
        out = a.astype(float)
    elif cls == "single":
        out = a.astype(np.float32)
    elif cls == "logical":
        out = a != 0
    else:
        info = np.iinfo(cls)
        x = np.asarray(a, dtype=float)
        out = np.clip(np.sign(x) * np.floor(np.abs(x) + 0.5), info.min, info.max).astype(cls)
    return out if out.ndim else out[()]


def check_exact(given: Mapping, names: list[str], where: str, required: int | None = None) -> None:
    """Raise :class:`UsageError` unless ``given`` has an entry for each name (the first ``required``) and no other."""
    need = names if required is None else names[:required]
    missing = [n for n in need if n not in given]
    extra = [k for k in given if k not in names]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"no value for {missing}")
        if extra:
            parts.append(f"{extra} not in the signature")
        raise UsageError(f"{where}: {'; '.join(parts)}; the .m function takes {names}",
                         tip="give one entry per .m argument, spelt as in the .m file")


def _seed(arg: float) -> int:
    import numpy as np

    return int(np.random.SeedSequence().entropy % 2 ** 32) if arg < 0 else int(arg)


def _generate(spec: Mapping, where: str):
    import numpy as np

    shape = tuple(int(s) for s in spec["shape"])
    kind, arg = parse_generator(spec["generator"], f"{where}.generator")
    n = int(np.prod(shape)) if shape else 1
    k = np.arange(1, n + 1, dtype=float)
    if kind in ("sin", "cos"):
        flat = np.sin(k) if kind == "sin" else np.cos(k)
    elif kind == "range":
        flat = k
    elif kind == "labels":
        flat = 1.0 + np.mod(k, arg)
    elif kind in ("zeros", "ones"):
        flat = np.zeros(n) if kind == "zeros" else np.ones(n)
    elif kind == "eye":
        flat = np.eye(shape[0], shape[1]).ravel(order="F")
    else:
        rng = np.random.default_rng(_seed(arg))
        flat = rng.standard_normal(n) if kind == "randn" else rng.random(n)
    out = float(spec.get("offset", 0.0)) + float(spec.get("scale", 1.0)) * flat
    if not shape:
        return float(out[0])
    return np.reshape(out, shape, order="F")


def random_seeded(spec: Mapping) -> bool:
    """Whether a spec table draws a new seed each run (``randn:random``)."""
    return any(isinstance(v, dict) and str(v.get("generator", "")).partition(":")[2].strip() == "random"
               for v in spec.values())


def describe_spec(spec: Mapping) -> str:
    """``"X 5x3 sin, y 5x1 labels:3, lambda=1"``: a spec in one line for reports."""
    parts = []
    for n, v in spec.items():
        if n in RESERVED and isinstance(v, str):
            continue
        if isinstance(v, dict) and ("shape" in v or "generator" in v):
            shape = "x".join(map(str, v["shape"])) or "scalar"
            extra = "".join(f" {k}={v[k]:g}" for k in ("scale", "offset") if k in v)
            cls = f" {v['class']}" if "class" in v else ""
            parts.append(f"{n} {shape} {v['generator']}{extra}{cls}")
        elif isinstance(v, dict):
            parts.append(f"{n} {v['class']}" if set(v) <= {"value", "class"} and "class" in v else f"{n} struct")
        elif isinstance(v, list):
            parts.append(f"{n} literal")
        elif isinstance(v, str):
            parts.append(f"{n}={v!r}")
        elif isinstance(v, bool):
            parts.append(f"{n}={str(v).lower()}")
        else:
            parts.append(f"{n}={v:g}")
    return ", ".join(parts)
