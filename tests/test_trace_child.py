"""The port's side of a trace recorded in the port's own process and rebuilt in portcheck's from plain data."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from portcheck.runner.port import as_port, load_port
from portcheck.sandbox import _wire
from portcheck.trace import child
from portcheck.trace.python_side import port_files, record_python
from portcheck.trace.values import Limits, Opaque, Summary

from .sandbox_support import no_leftover_processes, write_port  # noqa: F401

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="isolation is Linux-first (/proc, prctl)")

SOURCE = """
import numpy as np

def helper(a):
    return a * 2

def port(X, k):
    meta = {"k": k}
    big = np.ones((5, 5)) * k
    small = helper(X[:2])
    for i in range(3):
        small = small + i
    if k < 0:
        raise ValueError("negative k")
    return small.sum(), big
"""


def _same_events(a, b):
    assert len(a.events) == len(b.events) > 0
    for x, y in zip(a.events, b.events):
        assert (x.seq, x.frame, x.file, x.line, x.name, x.hit, x.kind, x.inplace) == \
               (y.seq, y.frame, y.file, y.line, y.name, y.hit, y.kind, y.inplace)
        assert type(x.value) is type(y.value)
        if isinstance(x.value, np.ndarray):
            assert np.array_equal(x.value, y.value) and x.value.dtype == y.value.dtype


def _through_the_wire(plain):
    enc = _wire.Encoder()
    node = enc.encode(plain, "instrument")
    blobs = [b"".join(bytes(memoryview(p).cast("B")) for p in parts) for parts in enc.blobs]
    return _wire.decode_value(node, [memoryview(b) for b in blobs], allow_pickle=False)


def _load(tmp_path):
    path = write_port(tmp_path, SOURCE)
    import importlib.util

    spec = importlib.util.spec_from_file_location("trace_child_port", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return path, mod.port


@pytest.mark.parametrize("k", [2.0, -1.0])
def test_a_trace_survives_plain_data_and_the_wire(tmp_path, k):
    path, port = _load(tmp_path)
    trace = record_python(port, (np.arange(4.0), k), files=port_files(port), limits=Limits(max_elements=10))
    back = child.from_plain(_through_the_wire(child.to_plain(trace)))
    _same_events(trace, back)
    kinds = {type(e.value) for e in back.events}
    assert Summary in kinds and Opaque in kinds  # the 5x5 array over the limit, the dict
    assert back.frames == trace.frames and back.statements == trace.statements and back.executed == trace.executed
    assert (back.root_frame, back.lines_run) == (trace.root_frame, trace.lines_run)
    if k < 0:
        assert back.failure == trace.failure and back.failure.type == "ValueError" and back.outputs is None
    else:
        assert back.failure is None and np.array_equal(back.outputs[0], trace.outputs[0])
        b, t = back.outputs[1], trace.outputs[1]
        assert isinstance(b, Summary) and (b.shape, b.dtype, b.total, b.digest) == (t.shape, t.dtype, t.total, t.digest)
        assert np.array_equal(b.head_f, t.head_f) and np.array_equal(b.col_sums, t.col_sums)


def test_a_port_in_a_worker_is_traced_in_its_process(tmp_path):
    path, port = _load(tmp_path)
    here = record_python(port, (np.arange(4.0), 2.0), files=port_files(port))
    with load_port(f"{path}:port") as p:
        assert port_files(p) == port_files(port)
        r = p.call((np.arange(4.0), 2.0), options=child.options(port_files(p), None))
        assert r.ok and r.value[0] == here.outputs[0]  # the port's own value comes back as in a plain call
        _same_events(here, child.trace_of(r))
        failed = p.call((np.arange(4.0), -1.0), options=child.options(port_files(p), None))
        tr = child.trace_of(failed)
        assert failed.failure.type == "ValueError" and tr.failure.type == "ValueError" and tr.events


def test_a_port_that_hangs_leaves_a_trace_of_its_failure(tmp_path):
    path = write_port(tmp_path, "def port(x):\n    while True:\n        pass\n")
    with load_port(f"{path}:port") as p:
        r = p.call((1,), timeout=1.0, options=child.options(port_files(p), None))
    tr = child.trace_of(r)
    assert tr.failure.type == "PortTimeout" and tr.events == [] and tr.outputs is None


def test_an_in_process_callable_is_traced_in_a_fork(tmp_path):
    path, port = _load(tmp_path)
    fork = as_port(port)
    assert fork.isolation == "fork"
    r = fork.call((np.arange(4.0), 2.0), options=child.options(port_files(fork), None))
    _same_events(record_python(port, (np.arange(4.0), 2.0), files=port_files(port)), child.trace_of(r))
