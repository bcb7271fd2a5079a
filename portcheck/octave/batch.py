"""Batches and resident values: many evaluations in one Octave round trip.

One round trip costs 8-20 ms (design.md), so :meth:`OctaveSession.call_many
<portcheck.octave.session.OctaveSession.call_many>` sends every argument list of a
batch at once: a *pool* of distinct values (each sent once per batch, keyed by
content) and an index matrix saying which pool entries make up each argument list
(``octave_lib/portcheck_batch.m`` evaluates them). Arrays of at least
:data:`RESIDENT_MIN_BYTES` are sent once per session and kept in Octave's
workspace (:class:`ResidentStore`), so the full-size ``X`` crosses once however
many evaluations use it.

Nothing here talks to oct2py: this module builds what is sent and reads what
comes back.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict

import numpy as np

from ..errors import OctaveError
from .bridge import one_line, to_array, to_octave

__all__ = ["Resident", "ResidentStore", "Batch", "build_batch", "unpack_results", "cell",
           "RESIDENT_MIN_BYTES", "RESIDENT_MAX_BYTES"]

#: Arrays at least this large (bytes) are kept resident in Octave after their first trip.
#: 64 KiB: below it the MAT transfer costs less than the hashing and bookkeeping.
RESIDENT_MIN_BYTES = 64 * 1024
#: Upper bound on the bytes kept resident per session; the least recently used go first.
RESIDENT_MAX_BYTES = 512 * 1024 * 1024


class Resident:
    """A reference to a variable kept in Octave's base workspace (see ``OctaveSession.keep``)."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return f"Resident({self.name!r})"


class ResidentStore:
    """Which arrays live in Octave's workspace, under which names (least recently used first).

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
    """What one ``portcheck_batch`` call sends: the value pool, the index matrix, resident stores."""

    def __init__(self, pool: list, index: np.ndarray, stores: list):
        self.pool, self.index, self.stores = pool, index, stores

    @property
    def count(self) -> int:
        """Number of argument lists evaluated."""
        return int(self.index.shape[0])


def build_batch(arglists, store: ResidentStore, stores=()) -> Batch:
    """Pool the distinct values of ``arglists`` (each sent once) and index them per argument list.

    Parameters
    ----------
    arglists : sequence of tuple
        One tuple of arguments per evaluation.
    store : ResidentStore
        Large arrays are replaced by their resident name (sent along once, in ``stores``).
    stores : sequence of (name, value)
        Values to store in Octave's workspace with this batch.
    """
    stores = list(stores)
    pool: list = []
    slots: dict = {}
    by_id: dict = {}  # the same object (X in every argument list) is keyed once
    rows = []
    for args in arglists:
        row = []
        for a in args:
            slot = by_id.get(id(a))
            if slot is None:
                slot = by_id[id(a)] = _pool_slot(a, pool, slots, stores, store)
            row.append(slot)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    index = np.zeros((len(rows), width))
    for k, r in enumerate(rows):
        index[k, : len(r)] = r
    return Batch(pool, index, stores)


def _pool_slot(value, pool: list, slots: dict, stores: list, store: ResidentStore) -> int:
    """1-based position of ``value`` in the batch's pool (added once per distinct value)."""
    if isinstance(value, Resident):
        key = ("resident", value.name)
        item = {"portcheck_resident": value.name}
    else:
        value = to_octave(value)
        key = pool_key(value)
        item = value
        if isinstance(value, np.ndarray) and value.nbytes >= RESIDENT_MIN_BYTES and value.dtype != object:
            handle = store.handle(value)
            if isinstance(handle, tuple):
                stores.append(handle)
                handle = Resident(handle[0])
            key = ("resident", handle.name)
            item = {"portcheck_resident": handle.name}
    if key is None:
        pool.append(item)
        return len(pool)
    slot = slots.get(key)
    if slot is None:
        pool.append(item)
        slot = slots[key] = len(pool)
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
