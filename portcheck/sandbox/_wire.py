"""The wire format between portcheck and a port's process: data only, never pickle back.

A message is one *frame*::

    prefix   16 bytes   b"PCW1", header length (u32 LE), blob bytes (u64 LE)
    header   JSON text  {"cmd" | "status": ..., "blobs": [len, ...], ...payload}
    blobs    bytes      concatenated; ``header["blobs"]`` gives their lengths

Values inside a header are *tagged JSON*: ``null``, ``true``/``false``, numbers
and strings stand for themselves; every other value is an object with a ``"t"``
tag:

========== ======================================= ==========================
tag        fields                                  value
========== ======================================= ==========================
list       ``v``: [values]                         list
tuple      ``v``: [values]                         tuple
dict       ``v``: [[key, value], ...]              dict (keys are values too)
complex    ``v``: [re, im]                         complex
bytes      ``b``: blob index                       bytes
nd         ``b``: blob index, ``k``: key (opt.)    ndarray (``.npy`` bytes)
npscalar   ``b``: blob index                       NumPy scalar, dtype kept
ndobj      ``shape``, ``v``: [values] (C order)    object ndarray
ref        ``k``: key                              an array the worker holds
unsupported ``type``, ``repr`` (<= 200 chars)      :class:`Unsupported`
pickle     ``b``: blob index                       parent -> child only
========== ======================================= ==========================

Arrays travel as ``.npy`` bytes (:mod:`numpy.lib.format`), read back with
object dtypes refused, so nothing the child sends can make the parent run code;
:func:`decode_value` with ``allow_pickle=False`` (the parent's side) rejects the
``pickle`` and ``ref`` tags. Values the child cannot express as data are sent as
``unsupported`` with their type name and the start of their ``repr``;
conversions (``np.matrix``, a pandas DataFrame) are listed as *kinds* notes.
"""
from __future__ import annotations

import hashlib
import io
import math
import struct
import sys
from dataclasses import dataclass

from ._frames import (MAGIC, FrameReader, WireError, pack_frame, read_frame_blocking,
                      write_frame_blocking)

__all__ = [
    "WireError",
    "Unsupported",
    "Encoder",
    "decode_value",
    "pack_frame",
    "FrameReader",
    "read_frame_blocking",
    "write_frame_blocking",
    "content_key",
    "MAGIC",
]


#: Limits on what a reply may claim; larger claims are refused, never allocated.
MAX_DEPTH = 64
REPR_CHARS = 200


@dataclass(frozen=True)
class Unsupported:
    """A value the port returned that has no data form (a generator, a model object ...)."""

    type: str
    repr: str

    def __str__(self) -> str:
        return f"<unsupported {self.type}: {self.repr}>"


def _np():
    import numpy

    return numpy


def _safe_repr(obj) -> str:
    try:
        text = repr(obj)
    except BaseException as exc:  # a hostile __repr__
        text = f"<repr failed: {type(exc).__name__}>"
    return text[:REPR_CHARS]


def _type_name(obj) -> str:
    t = type(obj)
    mod = getattr(t, "__module__", "") or ""
    return t.__qualname__ if mod in ("builtins", "") else f"{mod}.{t.__qualname__}"


def _raw_bytes(arr):
    """The array's bytes in its own memory order (a view when it is contiguous)."""
    np = _np()
    if not (arr.flags.c_contiguous or arr.flags.f_contiguous):
        arr = np.ascontiguousarray(arr)
    flat = arr.reshape(-1, order="F" if (arr.flags.f_contiguous and not arr.flags.c_contiguous) else "C")
    return arr, memoryview(flat.view(np.uint8)) if flat.dtype.itemsize else memoryview(b"")


def content_key(arr) -> str:
    """Shape, dtype, memory order and a hash of the bytes: equal keys mean equal arrays.

    sha1 is used for speed (hardware-accelerated where available); the key only
    names the parent's own arrays, so collision resistance against an attacker
    is not needed.
    """
    arr, raw = _raw_bytes(arr)
    order = "F" if (arr.flags.f_contiguous and not arr.flags.c_contiguous) else "C"
    digest = hashlib.sha1(raw, usedforsecurity=False).hexdigest()
    return f"{arr.dtype.str}|{'x'.join(map(str, arr.shape))}|{order}|{digest}"


def _npy_blob(arr) -> list:
    """``.npy`` bytes of ``arr`` as parts (header, then the data without a copy)."""
    np = _np()
    arr, raw = _raw_bytes(arr)
    d = np.lib.format.header_data_from_array_1_0(arr)
    buf = io.BytesIO()
    try:
        np.lib.format.write_array_header_1_0(buf, d)
    except ValueError:  # a header longer than 64 kB (a very wide structured dtype)
        buf = io.BytesIO()
        np.lib.format.write_array_header_2_0(buf, d)
    return [buf.getvalue(), raw]


_HEADERS: dict[bytes, tuple] = {}  # npy header bytes -> (shape, fortran, dtype): the same few recur every call
_NPY_MAGIC = b"\x93NUMPY"


def _npy_header(blob: memoryview) -> tuple[tuple, bool, object, int]:
    """(shape, fortran_order, dtype, data offset) of the ``.npy`` bytes in ``blob``."""
    np = _np()
    lead = bytes(blob[:12])
    if lead[:6] != _NPY_MAGIC or len(lead) < 10:
        raise WireError("not npy data")
    if lead[6] == 1:
        start, hlen = 10, struct.unpack("<H", lead[8:10])[0]
    elif lead[6] == 2 and len(lead) == 12:
        start, hlen = 12, struct.unpack("<I", lead[8:12])[0]
    else:
        raise WireError(f"npy version {lead[6]} not accepted")
    if hlen > 65536 or start + hlen > len(blob):
        raise WireError("npy header too long")
    key = bytes(blob[: start + hlen])
    parsed = _HEADERS.get(key)
    if parsed is None:
        head = io.BytesIO(key)
        try:
            version = np.lib.format.read_magic(head)
            reader = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            parsed = reader(head)
        except Exception as exc:
            raise WireError(f"bad npy header: {str(exc)[:200]}") from None
        if len(_HEADERS) < 512 and len(key) <= 1024:
            _HEADERS[key] = parsed
    shape, fortran, dtype = parsed
    return shape, fortran, dtype, start + hlen


def _read_npy(blob: memoryview):
    """An ndarray over ``blob`` (no copy, writable when ``blob`` is); object dtypes refused."""
    np = _np()
    shape, fortran, dtype, offset = _npy_header(blob)
    if dtype.hasobject:
        raise WireError("object arrays are not accepted as npy data")
    count = math.prod(shape)
    if len(blob) - offset != count * dtype.itemsize:
        raise WireError(f"npy data of {len(blob) - offset} bytes for shape {shape} {dtype}")
    if count == 0 or dtype.itemsize == 0:
        return np.zeros(shape, dtype=dtype, order="F" if fortran else "C")
    flat = np.frombuffer(blob, dtype=dtype, count=count, offset=offset)
    return flat.reshape(shape, order="F" if fortran else "C")


class Encoder:
    """Turns values into tagged JSON plus blobs; records conversions in :attr:`kinds`.

    Parameters
    ----------
    allow_pickle : bool
        Parent -> child only: values without a data form are pickled (the child
        trusts its parent). The child never sets it.
    cache : object, optional
        Parent -> child only: ``cache.ref(arr)`` returns ``(key, known)`` for
        arrays worth keeping in the worker, or ``None``; known arrays go as a
        ``ref``, others as ``nd`` with their key so the worker keeps them.
    """

    def __init__(self, *, allow_pickle: bool = False, cache=None):
        self.allow_pickle = allow_pickle
        self.cache = cache
        self.blobs: list[list] = []  # each blob is a list of parts
        self.kinds: list[str] = []

    def _blob(self, parts) -> int:
        self.blobs.append(parts if isinstance(parts, list) else [parts])
        return len(self.blobs) - 1

    def encode(self, obj, path: str = "value", depth: int = 0):
        t = type(obj)
        if obj is None or t is bool or t is str:
            return obj
        if t is int:
            return obj
        if t is float:
            return obj if math.isfinite(obj) else {"t": "float", "v": repr(obj)}
        if depth > MAX_DEPTH:
            return self._unsupported(obj, path, f"nesting deeper than {MAX_DEPTH}")
        np = sys.modules.get("numpy")
        if np is not None:
            if isinstance(obj, np.ndarray):
                return self._array(obj, path, depth)
            if isinstance(obj, np.generic):
                if obj.dtype.hasobject:
                    return self.encode(obj.item(), path, depth + 1)
                return {"t": "npscalar", "b": self._blob(_npy_blob(np.asarray(obj)))}
        if t is list or t is tuple:
            return {"t": t.__name__, "v": [self.encode(x, f"{path}[{i}]", depth + 1) for i, x in enumerate(obj)]}
        if t is dict:
            return {"t": "dict", "v": [[self.encode(k, f"{path} key", depth + 1),
                                        self.encode(v, f"{path}[{k!r}]", depth + 1)] for k, v in obj.items()]}
        if t is complex:
            return {"t": "complex", "v": [self.encode(obj.real), self.encode(obj.imag)]}
        if t is bytes:
            return {"t": "bytes", "b": self._blob(bytes(obj))}
        if self.allow_pickle:  # the port gets exactly the object the caller gave
            return self._pickle(obj, path)
        converted = self._convert(obj, path)
        if converted is not _NOTHING:
            return self.encode(converted, path, depth + 1)
        return self._unsupported(obj, path)

    def _pickle(self, obj, path):
        import pickle

        try:
            return {"t": "pickle", "b": self._blob(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))}
        except Exception as exc:
            raise TypeError(f"{path} of type {_type_name(obj)} cannot be sent to the port's process "
                            f"({type(exc).__name__}: {exc}); call the port with call_in_fork instead") from None

    def _unsupported(self, obj, path, why: str | None = None):
        name = _type_name(obj)
        self.kinds.append(f"{path}: {name} is not data{f' ({why})' if why else ''}; reported as unsupported")
        return {"t": "unsupported", "type": name, "repr": _safe_repr(obj)}

    def _array(self, arr, path, depth):
        np = _np()
        if type(arr) is not np.ndarray and self.allow_pickle:
            return self._pickle(arr, path)
        if type(arr) is not np.ndarray:
            note = f"{path}: {_type_name(arr)} converted to ndarray"
            if isinstance(arr, np.ma.MaskedArray):
                note += f" (mask dropped: {int(np.ma.count_masked(arr))} masked entries)"
                arr = np.ma.getdata(arr)
            self.kinds.append(note)
            arr = np.asarray(arr).view(np.ndarray)
        if arr.dtype.hasobject:
            if arr.dtype != object:  # a structured dtype with object fields
                return self._unsupported(arr, path, "structured array with object fields")
            items = arr.ravel(order="C")
            return {"t": "ndobj", "shape": list(arr.shape),
                    "v": [self.encode(x, f"{path}.flat[{i}]", depth + 1) for i, x in enumerate(items)]}
        if self.cache is not None:
            known = self.cache.ref(arr)
            if known is not None:
                key, present = known
                if present:
                    return {"t": "ref", "k": key}
                return {"t": "nd", "b": self._blob(_npy_blob(arr)), "k": key}
        return {"t": "nd", "b": self._blob(_npy_blob(arr))}

    def _convert(self, obj, path):
        """pandas, scipy.sparse and scalar subclasses as plain data, with a note; else _NOTHING."""
        mod = type(obj).__module__ or ""
        if mod.startswith("pandas") and hasattr(obj, "to_numpy"):
            kind = {"DataFrame": "pandas DataFrame", "Series": "pandas Series"}.get(type(obj).__name__,
                                                                                    f"pandas {type(obj).__name__}")
            try:
                arr = obj.to_numpy()
            except Exception:
                return _NOTHING
            self.kinds.append(f"{path}: {kind} {tuple(getattr(obj, 'shape', ()))} converted to ndarray {arr.dtype}")
            return arr
        if mod.startswith("scipy.sparse") and hasattr(obj, "toarray"):
            try:
                arr = obj.toarray()
            except Exception:
                return _NOTHING
            self.kinds.append(f"{path}: scipy sparse {type(obj).__name__} converted to a dense ndarray")
            return arr
        for base in (bool, int, float, complex, str, bytes, tuple, list, dict):
            if isinstance(obj, base):  # IntEnum, a namedtuple, OrderedDict, defaultdict ...
                try:
                    value = base(obj)
                except Exception:
                    return _NOTHING
                self.kinds.append(f"{path}: {_type_name(obj)} converted to {base.__name__}")
                return value
        return _NOTHING


_NOTHING = object()


def decode_value(node, blobs, *, allow_pickle: bool = False, cache=None, missing=None, depth: int = 0):
    """The value a tagged-JSON ``node`` stands for (arrays are views of ``blobs``).

    Parameters
    ----------
    allow_pickle : bool
        Only the child sets it (its parent is trusted). The parent never does:
        then a ``pickle`` or ``ref`` tag is a :class:`WireError`.
    cache : dict-like, optional
        Child side: ``cache.get(key)`` / ``cache.put(key, arr)`` for ``ref``/keyed ``nd``.
    missing : list, optional
        Child side: keys of ``ref`` nodes the cache lacks are appended (value None).
    """
    if node is None or isinstance(node, (bool, int, float, str)):
        return node
    if depth > MAX_DEPTH + 2:
        raise WireError("value nested too deeply")
    if not isinstance(node, dict):
        raise WireError(f"untagged {type(node).__name__} in a value")
    tag = node.get("t")
    sub = lambda n: decode_value(n, blobs, allow_pickle=allow_pickle, cache=cache, missing=missing, depth=depth + 1)  # noqa: E731
    if tag in ("list", "tuple"):
        items = [sub(x) for x in _list(node, "v")]
        return items if tag == "list" else tuple(items)
    if tag == "dict":
        out = {}
        for pair in _list(node, "v"):
            if not isinstance(pair, list) or len(pair) != 2:
                raise WireError("dict entries must be [key, value] pairs")
            key = sub(pair[0])
            try:
                out[key] = sub(pair[1])
            except TypeError:
                raise WireError("unhashable dict key") from None
        return out
    if tag == "float":
        text = node.get("v")
        if text not in ("nan", "inf", "-inf"):
            raise WireError(f"bad float {text!r}")
        return float(text)
    if tag == "complex":
        re_, im = _list(node, "v") if len(_list(node, "v")) == 2 else (None, None)
        re_, im = sub(re_), sub(im)
        if not isinstance(re_, float) or not isinstance(im, float):
            raise WireError("complex parts must be floats")
        return complex(re_, im)
    if tag == "bytes":
        return bytes(_blob(node, blobs))
    if tag == "nd":
        arr = _read_npy(_blob(node, blobs))
        key = node.get("k")
        if key is not None:
            if cache is None or not isinstance(key, str):
                raise WireError("a keyed array where no cache is kept")
            arr.flags.writeable = False
            cache.put(key, arr)
        return arr
    if tag == "npscalar":
        arr = _read_npy(_blob(node, blobs))
        if arr.ndim != 0:
            raise WireError("npscalar must be 0-d")
        return arr[()]
    if tag == "ndobj":
        np = _np()
        shape = node.get("shape")
        if not isinstance(shape, list) or not all(isinstance(s, int) and s >= 0 for s in shape):
            raise WireError("bad ndobj shape")
        items = [sub(x) for x in _list(node, "v")]
        if len(items) != math.prod(shape):
            raise WireError("ndobj item count does not match its shape")
        arr = np.empty(len(items), dtype=object)
        for i, x in enumerate(items):
            arr[i] = x
        return arr.reshape(shape)
    if tag == "unsupported":
        t, r = node.get("type"), node.get("repr")
        if not isinstance(t, str) or not isinstance(r, str):
            raise WireError("bad unsupported node")
        return Unsupported(t[:REPR_CHARS], r[:REPR_CHARS])
    if tag == "ref" and cache is not None:
        key = node.get("k")
        arr = cache.get(key)
        if arr is None:
            if missing is None:
                raise WireError(f"unknown array key {key!r}")
            missing.append(key)
        return arr
    if tag == "pickle" and allow_pickle:
        import pickle

        return pickle.loads(_blob(node, blobs))
    raise WireError(f"tag {tag!r} not accepted here")


def _list(node, field):
    v = node.get(field)
    if not isinstance(v, list):
        raise WireError(f"{node.get('t')!r} node without a {field!r} list")
    return v


def _blob(node, blobs):
    i = node.get("b")
    if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(blobs):
        raise WireError(f"bad blob index {i!r}")
    return blobs[i]
