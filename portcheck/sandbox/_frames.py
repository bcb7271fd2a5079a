"""Frames on a pipe: a 16-byte prefix, a JSON header, binary blobs (see :mod:`._wire`).

Split from :mod:`._wire` so that each stays short: this module moves bytes, that one
turns values into tagged JSON and ``.npy`` blobs and back.
"""
from __future__ import annotations

import json
import os
import struct

__all__ = ["WireError", "MAGIC", "PREFIX_SIZE", "pack_frame", "FrameReader", "read_frame_blocking",
           "write_frame_blocking"]

MAGIC = b"PCW1"
_PREFIX = struct.Struct("<4sIQ")
PREFIX_SIZE = _PREFIX.size

#: Limit on a frame header; larger claims are refused, never allocated.
MAX_HEADER_BYTES = 256 * 1024 * 1024


class WireError(Exception):
    """A frame or value that does not follow the format (a broken or forged reply)."""


def pack_frame(header: dict, blobs: list[list] = ()) -> list:
    """A frame as a list of buffers (blob data is not copied)."""
    sizes = [sum(len(p) for p in parts) for parts in blobs]
    header = dict(header, blobs=sizes)
    text = json.dumps(header, separators=(",", ":"), allow_nan=False).encode()
    parts = [_PREFIX.pack(MAGIC, len(text), sum(sizes)) + text]
    for blob in blobs:
        parts.extend(p for p in blob if len(p))
    return parts


def _split(header_bytes, body: memoryview, *, max_blob_bytes: int):
    try:
        header = json.loads(bytes(header_bytes))
    except (ValueError, RecursionError) as exc:
        raise WireError(f"header is not JSON: {str(exc)[:80]}") from None
    if not isinstance(header, dict):
        raise WireError("header is not an object")
    sizes = header.get("blobs", [])
    if not isinstance(sizes, list) or not all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in sizes):
        raise WireError("bad blob sizes")
    if sum(sizes) != len(body):
        raise WireError(f"blob sizes add up to {sum(sizes)}, the frame holds {len(body)}")
    blobs, pos = [], 0
    for s in sizes:
        blobs.append(body[pos:pos + s])
        pos += s
    return header, blobs


class FrameReader:
    """Assembles one frame from a non-blocking fd, reading straight into its buffer.

    ``feed(fd)`` reads what is available and returns True once the frame is
    complete (then :attr:`header` and :attr:`blobs` are set); it returns None at
    end of file. Claims larger than the limits raise :class:`WireError` before
    anything is allocated.
    """

    def __init__(self, *, max_blob_bytes: int):
        self.max_blob_bytes = max_blob_bytes
        self._prefix = bytearray()
        self._buf: bytearray | None = None
        self._pos = 0
        self._hlen = 0
        self.header: dict | None = None
        self.blobs: list = []
        self.started = False

    def feed(self, fd: int):
        if self._buf is None:
            chunk = os.read(fd, PREFIX_SIZE - len(self._prefix))
            if not chunk:
                return None
            self.started = True
            self._prefix += chunk
            if len(self._prefix) < PREFIX_SIZE:
                return False
            magic, hlen, blen = _PREFIX.unpack(bytes(self._prefix))
            if magic != MAGIC:
                raise WireError(f"bad frame magic {magic!r}")
            if hlen > MAX_HEADER_BYTES or blen > self.max_blob_bytes:
                raise WireError(f"frame too large: header {hlen} bytes, blobs {blen} bytes "
                                f"(limit {self.max_blob_bytes})")
            self._hlen = hlen
            self._buf = bytearray(hlen + blen)
            if not self._buf:
                return self._finish()
            return False
        view = memoryview(self._buf)[self._pos:]
        n = os.readv(fd, [view])
        if n == 0:
            return None
        self._pos += n
        if self._pos == len(self._buf):
            return self._finish()
        return False

    def _finish(self):
        mv = memoryview(self._buf)
        self.header, self.blobs = _split(mv[: self._hlen], mv[self._hlen:], max_blob_bytes=self.max_blob_bytes)
        return True


def _read_exactly(fd: int, buf: memoryview) -> bool:
    pos = 0
    while pos < len(buf):
        n = os.readv(fd, [buf[pos:]])
        if n == 0:
            return False
        pos += n
    return True


def read_frame_blocking(fd: int, *, max_blob_bytes: int = 1 << 40):
    """One frame from a blocking fd: ``(header, blobs)``, or None at end of file."""
    prefix = bytearray(PREFIX_SIZE)
    if not _read_exactly(fd, memoryview(prefix)):
        return None
    magic, hlen, blen = _PREFIX.unpack(bytes(prefix))
    if magic != MAGIC or hlen > MAX_HEADER_BYTES or blen > max_blob_bytes:
        raise WireError("bad frame prefix")
    buf = bytearray(hlen + blen)
    if not _read_exactly(fd, memoryview(buf)):
        return None
    mv = memoryview(buf)
    return _split(mv[:hlen], mv[hlen:], max_blob_bytes=max_blob_bytes)


def write_frame_blocking(fd: int, parts: list) -> None:
    """Write every buffer of a frame to a blocking fd."""
    for part in parts:
        view = memoryview(part).cast("B") if not isinstance(part, (bytes, bytearray)) else memoryview(part)
        while len(view):
            n = os.write(fd, view)
            view = view[n:]
