"""Batches and resident values: many evaluations in one Octave round trip.

One round trip costs 8-20 ms (design.md), so :meth:`OctaveSession.call_many
<portcheck.octave.session.OctaveSession.call_many>` sends every argument list of a
batch at once: a *pool* of distinct values (each sent once per batch, keyed by
content) and an index matrix saying which pool entries make up each argument list
(``octave_lib/portcheck_batch.m`` evaluates them). Arrays of at least
:data:`RESIDENT_MIN_BYTES` are sent once per session and kept in Octave, in a
persistent struct private to ``portcheck_batch`` (:class:`ResidentStore`), so the full-size ``X``
crosses once however many evaluations use it.

Which pool entries stand for resident values is said *out of band*: a list of
pool positions and the keys portcheck chose for them (:data:`RESIDENT_NAME`),
sent beside the pool. No value in the pool is ever taken for a reference, so an
input that looks like one (a struct with a field ``portcheck_resident``, from a
``.npz`` or ``.mat``) reaches the function as the struct it is, and nothing that
comes from data is evaluated as code.

Nothing here talks to oct2py: this module builds what is sent and reads what
comes back.
"""
from __future__ import annotations

import hashlib
import re
from collections import OrderedDict

import numpy as np

from ..errors import OctaveError
from .bridge import one_line, to_array, to_octave

__all__ = ["Resident", "ResidentStore", "Batch", "build_batch", "unpack_results", "cell", "check_names",
           "RESIDENT_MIN_BYTES", "RESIDENT_MAX_BYTES", "RESIDENT_NAME", "VARIABLE_NAME", "FUNCTION_NAME"]

#: Arrays at least this large (bytes) are kept resident in Octave after their first trip.
#: 64 KiB: below it the MAT transfer costs less than the hashing and bookkeeping.
RESIDENT_MIN_BYTES = 64 * 1024
#: Upper bound on the bytes kept resident per session; the least recently used go first.
RESIDENT_MAX_BYTES = 512 * 1024 * 1024
#: The keys portcheck gives resident values (``portcheck_r17``); nothing else is accepted as one.
RESIDENT_NAME = re.compile(r"\Aportcheck_r[0-9]+\Z")
#: An Octave variable name (ASCII, at most 63 characters): what ``stores`` may assign in the base workspace.
VARIABLE_NAME = re.compile(r"\A[A-Za-z_][A-Za-z0-9_]{0,62}\Z")
#: A function name Octave's ``feval`` may be given: ``f``, ``pkg.f`` (ASCII identifiers).
FUNCTION_NAME = re.compile(r"\A[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\Z")


def check_names(pattern, names, what: str) -> None:
    """Raise ``ValueError`` unless every name matches ``pattern`` (a bug in portcheck, never user data)."""
    for name in names:
        if not isinstance(name, str) or not pattern.match(name):
            raise ValueError(f"refusing to send {what} {name!r} to Octave: not a name portcheck makes")


class Resident:
    """A reference to a value kept resident in Octave (see ``OctaveSession.keep``), by the key portcheck chose."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        check_names(RESIDENT_NAME, [name], "the resident key")
        self.name = name

    def __repr__(self) -> str:
        return f"Resident({self.name!r})"


class ResidentStore:
    """Which arrays are resident in Octave, under which keys (least recently used first).

    ``entries`` maps a content key (shape, dtype, order, SHA-1) to ``(name, bytes)``.
    Names evicted to stay under :data:`RESIDENT_MAX_BYTES` are queued as *drops*:
    the next batch clears them in Octave.
    """

    def __init__(self):
        self.entries: "OrderedDict[tuple, tuple[str, int]]" = OrderedDict()
        self.bytes = 0
        self.drops: list[str] = []
        self._count = 0

    def __len__(self) -> int:
        return len(self.entries)

    def handle(self, value, force: bool = False):
        """``Resident`` if ``value`` is already in Octave, ``(name, value)`` to send it, else ``value``.

        Only numeric arrays of at least :data:`RESIDENT_MIN_BYTES` become resident
        (any numeric array with ``force``).
        """
        if not isinstance(value, np.ndarray) or value.dtype == object or (value.nbytes < RESIDENT_MIN_BYTES and not force):
            return value
        key = content_key(value)
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            return Resident(hit[0])
        self._count += 1
        name = f"portcheck_r{self._count}"
        self.entries[key] = (name, value.nbytes)
        self.bytes += value.nbytes
        while self.bytes > RESIDENT_MAX_BYTES and len(self.entries) > 1:
            _, (old, size) = self.entries.popitem(last=False)
            self.bytes -= size
            self.drops.append(old)
        return (name, value)

    def forget(self, name: str) -> None:
        """Forget ``name`` (its store did not reach Octave)."""
        for key, (n, size) in list(self.entries.items()):
            if n == name:
                del self.entries[key]
                self.bytes -= size

    def take_drops(self) -> list[str]:
        """The names to clear in Octave with the next batch (and forget them here)."""
        drops, self.drops = self.drops, []
        return drops

    def clear(self) -> None:
        """Octave is gone: nothing is resident any more."""
        self.entries.clear()
        self.bytes = 0
        self.drops.clear()


class Batch:
    """What one ``portcheck_batch`` call sends.

    ``pool`` and ``index``: the distinct values and which make up each argument
    list; ``keeps``: ``(key, value)`` made resident with this call; ``slots`` and
    ``names``: the pool positions (1-based) that stand for resident values and
    their keys -- the only way a pool entry becomes a resident reference.
    """

    def __init__(self, pool: list, index: np.ndarray, keeps: list, slots: list, names: list):
        self.pool, self.index, self.keeps, self.slots, self.names = pool, index, keeps, slots, names

    @property
    def count(self) -> int:
        """Number of argument lists evaluated."""
        return int(self.index.shape[0])


def build_batch(arglists, store: ResidentStore, keeps=()) -> Batch:
    """Pool the distinct values of ``arglists`` (each sent once) and index them per argument list.

    Parameters
    ----------
    arglists : sequence of tuple
        One tuple of arguments per evaluation.
    store : ResidentStore
        Large arrays are replaced by their resident key (sent along once, in ``keeps``).
    keeps : sequence of (key, value)
        Values to make resident with this batch.
    """
    batch = Batch([], np.zeros((0, 0)), list(keeps), [], [])
    slots: dict = {}
    by_id: dict = {}  # the same object (X in every argument list) is keyed once
    rows = []
    for args in arglists:
        row = []
        for a in args:
            slot = by_id.get(id(a))
            if slot is None:
                slot = by_id[id(a)] = _pool_slot(a, batch, slots, store)
            row.append(slot)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    batch.index = np.zeros((len(rows), width))
    for k, r in enumerate(rows):
        batch.index[k, : len(r)] = r
    check_names(RESIDENT_NAME, [k for k, _ in batch.keeps] + batch.names, "the resident key")
    return batch


def _pool_slot(value, batch: Batch, slots: dict, store: ResidentStore) -> int:
    """1-based position of ``value`` in the batch's pool (added once per distinct value)."""
    resident = value.name if isinstance(value, Resident) else None
    if resident is None:
        value = to_octave(value)
        key = pool_key(value)
        if isinstance(value, np.ndarray) and value.nbytes >= RESIDENT_MIN_BYTES and value.dtype != object:
            handle = store.handle(value)
            if isinstance(handle, tuple):
                batch.keeps.append(handle)
                handle = Resident(handle[0])
            resident = handle.name
    if resident is not None:
        key = ("resident", resident)
        value = np.zeros((0, 0))  # a placeholder: portcheck_batch puts the resident value in its place
    if key is not None and key in slots:
        return slots[key]
    batch.pool.append(value)
    slot = len(batch.pool)
    if key is not None:
        slots[key] = slot
    if resident is not None:
        batch.slots.append(slot)
        batch.names.append(resident)
    return slot


def unpack_results(raw, n: int, name: str) -> list:
    """One entry per argument list: a list of output arrays, or an :class:`OctaveError` (not raised)."""
    return [_unpack(entry, name) for entry in _entries(raw, n)]


def _entries(raw, n: int) -> list:
    """The per-argument-list entries of portcheck_batch's result cell."""
    if n == 0:
        return []
    if n == 1 and (isinstance(raw, dict) or not isinstance(raw, np.ndarray) or raw.dtype != object):
        return [raw]
    entries = list(np.asarray(raw, dtype=object).ravel())
    if len(entries) != n and n == 1:
        return [raw]
    return entries


def _unpack(entry, name: str):
    if isinstance(entry, dict):
        msg = str(entry.get("message", ""))
        names = entry.get("stack_names")
        names = [str(n) for n in np.asarray(names, dtype=object).ravel()] if names is not None and np.size(names) else []
        lines = np.asarray(entry.get("stack_lines", []), dtype=float).ravel()
        cols = np.asarray(entry.get("stack_columns", []), dtype=float).ravel()
        stack = [(n, int(lines[i]) if i < lines.size else 0, int(cols[i]) if i < cols.size else 0) for i, n in enumerate(names)]
        short = one_line(msg)
        loc = f" (in {stack[0][0]} at line {stack[0][1]})" if stack else ""
        return OctaveError(f"Octave error in {name}(): {short}{loc}", octave_message=short, stack=stack,
                           identifier=str(entry.get("identifier", "") or ""))
    outs = list(np.asarray(entry, dtype=object).ravel()) if isinstance(entry, (list, tuple, np.ndarray)) else [entry]
    return [to_array(o) for o in outs]


def cell(items) -> np.ndarray:
    """A 1 x n object array: oct2py sends it as a cell whatever the items are."""
    out = np.empty((1, len(items)), dtype=object)
    for i, item in enumerate(items):
        out[0, i] = item
    return out


def pool_key(value):
    """A key under which equal argument values share one pool slot (None: never shared)."""
    if isinstance(value, np.ndarray):
        return ("array",) + content_key(value) if value.dtype != object else None
    if isinstance(value, float):
        return ("float", np.float64(value).tobytes())
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, str):
        return ("str", value)
    return None


def content_key(a: np.ndarray) -> tuple:
    """(shape, dtype, memory order, SHA-1 of the bytes): equal keys, equal arrays."""
    if a.flags.c_contiguous:
        buf, order = a, "C"
    elif a.flags.f_contiguous:
        buf, order = a.T, "F"
    else:
        buf, order = np.ascontiguousarray(a), "C"
    data = memoryview(buf).cast("B") if buf.size else b""  # an empty array has no buffer to cast
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    return (a.shape, a.dtype.str, order, digest)
