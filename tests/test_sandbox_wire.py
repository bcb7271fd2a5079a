"""The wire format: values round-trip as data; forged frames are refused, never executed or allocated."""
from __future__ import annotations

import io
import json
import os
import struct

import numpy as np
import pytest

from portcheck.sandbox._wire import (MAGIC, Encoder, FrameReader, Unsupported, WireError, content_key, decode_value,
                                     pack_frame, read_frame_blocking)


def roundtrip(value, **kw):
    enc = Encoder(**kw)
    node = enc.encode(value)
    parts = pack_frame({"status": "ok", "value": node}, enc.blobs)
    r, w = os.pipe()
    try:
        data = b"".join(bytes(memoryview(p).cast("B")) for p in parts)
        os.write(w, data)
        os.close(w)
        header, blobs = read_frame_blocking(r)
    finally:
        os.close(r)
    return decode_value(header["value"], blobs), enc.kinds


def test_plain_values_and_containers_round_trip_with_their_types():
    value = {"a": [1, 2.5, None, True, "s"], ("t", 1): (np.int64(3), np.float32(0.5), 1 - 1j), "nan": float("-inf")}
    back, kinds = roundtrip(value)
    assert back == value and kinds == []
    assert type(back[("t", 1)][0]) is np.int64 and type(back[("t", 1)][1]) is np.float32


@pytest.mark.parametrize("arr", [np.arange(12.0).reshape(3, 4), np.asfortranarray(np.ones((3, 2))),
                                 np.arange(20)[::3], np.zeros((0, 4)), np.array(3.5), np.array(["ab", "c"]),
                                 np.array([1 + 2j]), np.zeros(3, dtype=[("x", "<i2"), ("y", ">f8")])])
def test_arrays_round_trip_exactly(arr):
    back, _ = roundtrip(arr)
    assert back.dtype == arr.dtype and back.shape == arr.shape and np.array_equal(back, arr)
    assert back.flags.writeable


@pytest.mark.filterwarnings("ignore:the matrix subclass:PendingDeprecationWarning")
def test_conversions_are_noted():
    import collections

    Point = collections.namedtuple("Point", "x y")
    back, kinds = roundtrip({"m": np.matrix([[1, 2]]), "p": Point(1, 2), "o": collections.OrderedDict(a=1)})
    assert type(back["m"]) is np.ndarray and back["p"] == (1, 2) and back["o"] == {"a": 1}
    assert kinds == ["value['m']: numpy.matrix converted to ndarray", f"value['p']: {__name__}.Point converted to tuple",
                     "value['o']: collections.OrderedDict converted to dict"]


def test_anything_else_is_unsupported_with_a_bounded_repr():
    class Model:
        def __repr__(self):
            return "M" * 1000

    back, kinds = roundtrip([Model(), {1, 2}])
    assert back[0] == Unsupported(f"{__name__}.test_anything_else_is_unsupported_with_a_bounded_repr.<locals>.Model", "M" * 200)
    assert back[1] == Unsupported("set", "{1, 2}")
    assert len(kinds) == 2


def test_a_self_containing_list_is_cut_not_a_crash():
    loop = []
    loop.append(loop)
    back, kinds = roundtrip(loop)
    depth = 0
    while isinstance(back, list):
        back, depth = back[0], depth + 1
    assert isinstance(back, Unsupported) and depth > 10 and "nesting deeper than" in kinds[0]


def test_the_parent_side_refuses_pickle_refs_and_object_arrays():
    enc = Encoder(allow_pickle=True)
    node = enc.encode(object())
    assert node["t"] == "pickle"
    blobs = [memoryview(b"".join(bytes(p) for p in b)) for b in enc.blobs]
    with pytest.raises(WireError, match="tag 'pickle' not accepted here"):
        decode_value(node, blobs)
    with pytest.raises(WireError, match="tag 'ref' not accepted here"):
        decode_value({"t": "ref", "k": "x"}, [])
    buf = io.BytesIO()
    np.lib.format.write_array(buf, np.array([1, "a"], dtype=object), allow_pickle=True)
    with pytest.raises(WireError, match="object arrays are not accepted"):
        decode_value({"t": "nd", "b": 0}, [memoryview(buf.getvalue())])


@pytest.mark.parametrize("node, message", [
    ([1, 2], "untagged list"),
    ({"t": "nd", "b": 3}, "bad blob index 3"),
    ({"t": "float", "v": "1e309"}, "bad float"),
    ({"t": "ndobj", "shape": [2], "v": [1]}, "item count"),
    ({"t": "dict", "v": [[{"t": "list", "v": []}, 1]]}, "unhashable"),
    ({"t": "eval", "v": "__import__('os')"}, "tag 'eval' not accepted"),
])
def test_malformed_values_are_refused(node, message):
    with pytest.raises(WireError, match=message):
        decode_value(node, [memoryview(b"xx")])


def test_a_short_or_lying_npy_blob_is_refused():
    buf = io.BytesIO()
    np.lib.format.write_array(buf, np.ones(10))
    with pytest.raises(WireError, match="npy data of"):
        decode_value({"t": "nd", "b": 0}, [memoryview(buf.getvalue()[:-8])])


def _feed_all(data: bytes, **kw):
    r, w = os.pipe()
    os.write(w, data)
    os.close(w)
    os.set_blocking(r, False)
    reader = FrameReader(**kw)
    try:
        while True:
            done = reader.feed(r)
            if done is not False:
                return done, reader
    finally:
        os.close(r)


def test_frames_that_claim_too_much_are_refused_before_allocating():
    with pytest.raises(WireError, match="frame too large"):
        _feed_all(struct.pack("<4sIQ", MAGIC, 10, 1 << 50), max_blob_bytes=1 << 30)
    with pytest.raises(WireError, match="bad frame magic"):
        _feed_all(b"GARBAGE!" * 4, max_blob_bytes=1 << 30)
    header = json.dumps({"status": "ok", "blobs": [5]}).encode()
    with pytest.raises(WireError, match="blob sizes add up to 5, the frame holds 3"):
        _feed_all(struct.pack("<4sIQ", MAGIC, len(header), 3) + header + b"abc", max_blob_bytes=1 << 30)


def test_a_frame_ending_early_is_end_of_file():
    done, _ = _feed_all(struct.pack("<4sIQ", MAGIC, 100, 0) + b"{", max_blob_bytes=1 << 30)
    assert done is None


def test_content_keys_follow_content_shape_dtype_and_order():
    a = np.arange(6.0).reshape(2, 3)
    assert content_key(a) == content_key(a.copy())
    assert content_key(a) != content_key(a.reshape(3, 2))
    assert content_key(a) != content_key(a.astype(np.float32))
    assert content_key(a) != content_key(np.asfortranarray(a))
    b = a.copy()
    b[1, 2] = -0.0 + 5.0000000001
    assert content_key(a) != content_key(b)
    assert content_key(a[:, ::2]) == content_key(np.ascontiguousarray(a[:, ::2]))
