"""Instrumented calls: a hook of portcheck's runs the port's call in its own process and sends a sink back as data."""
from __future__ import annotations

import pickle
import sys

import numpy as np
import pytest

from portcheck.runner.port import as_port, load_port, run_port
from portcheck.sandbox import PortProcess, Unsupported, call_in_fork
from portcheck.sandbox import _instrument
from portcheck.signature import ArgMapping

from .sandbox_support import no_leftover_processes, write_port  # noqa: F401

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="isolation is Linux-first (/proc, prctl)")

RECORD = {"hook": "portcheck.sandbox._instrument:record_call", "params": {"tag": "t1", "n": 3}}

SOURCE = """
import numpy as np

def f(x, k=1):
    if k < 0:
        raise ValueError("k must be >= 0")
    x[0] = 99.0
    return x * k

def lam(x):
    return lambda: x
"""


def _no_unpickling(monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("the parent unpickled something")

    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "load", refuse)


@pytest.fixture
def worker(tmp_path):
    path = write_port(tmp_path, SOURCE)
    made = []

    def make(func="f"):
        p = PortProcess(f"{path}:{func}")
        made.append(p)
        return p

    yield make
    for p in made:
        p.close()


def _f(x, k=1):
    if k < 0:
        raise ValueError("k must be >= 0")
    x[0] = 99.0
    return x * k


def test_the_sink_comes_back_from_the_worker_with_its_arrays_intact(worker, monkeypatch):
    x = np.arange(6.0).reshape(2, 3)
    p = worker()
    _no_unpickling(monkeypatch)
    r = p.call((x,), {"k": 2}, options={"instrument": RECORD})
    assert r.ok and np.array_equal(r.value, np.array([[198.0, 198, 198], [6, 8, 10]]))
    sink = r.instrument
    assert sink["params"] == {"tag": "t1", "n": 3}
    assert isinstance(sink["args"][0], np.ndarray) and sink["args"][0].dtype == np.float64
    assert np.array_equal(sink["args"][0], x)  # the copy the hook took before the port wrote into its own
    assert sink["kwargs"] == {"k": 2} and np.array_equal(sink["value"], r.value)
    assert x[0, 0] == 0.0  # the caller's array untouched
    plain = p.call((x,), {"k": 2})
    assert plain.instrument is None and np.array_equal(plain.value, r.value)


def test_the_sink_comes_back_from_a_fork(monkeypatch):
    x = np.arange(4.0)
    _no_unpickling(monkeypatch)
    r = call_in_fork(_f, (x,), {"k": 3}, timeout=30, instrument=RECORD)
    assert r.ok and np.array_equal(r.value, [297.0, 3, 6, 9])
    assert np.array_equal(r.instrument["args"][0], x) and r.instrument["params"]["tag"] == "t1"


@pytest.mark.parametrize("how", ["worker", "fork"])
def test_a_port_that_raises_still_returns_the_sink(worker, how):
    if how == "worker":
        r = worker().call((np.ones(2),), {"k": -1}, options={"instrument": RECORD})
    else:
        r = call_in_fork(_f, (np.ones(2),), {"k": -1}, timeout=30, instrument=RECORD)
    assert r.failure is not None and r.failure.type == "ValueError"
    assert r.instrument["raised"] == "ValueError" and np.array_equal(r.instrument["args"][0], np.ones(2))


@pytest.mark.parametrize("hook", ["os:system", "portcheckevil.x:f", "portcheck.sandbox._instrument", "portcheck..x:f",
                                  "portcheck.x:f; import os", 42])
def test_a_hook_outside_portcheck_is_refused(worker, hook):
    with pytest.raises(ValueError, match="refused"):
        worker().call((np.ones(2),), options={"instrument": {"hook": hook, "params": {}}})
    with pytest.raises(ValueError, match="refused"):
        call_in_fork(_f, (np.ones(2),), timeout=30, instrument={"hook": hook, "params": {}})
    with pytest.raises(ValueError, match="refused"):  # the child's own check, for a header that skipped the parent's
        _instrument.load({"hook": hook, "params": {}}, {})


def test_a_hook_that_does_not_exist_is_an_error_of_the_call_not_a_run_of_the_port(worker):
    p = worker()
    r = p.call((np.ones(2),), options={"instrument": {"hook": "portcheck.sandbox._instrument:nothing", "params": {}}})
    assert r.failure is not None and "instrument" in r.failure.message and "nothing" in r.failure.message
    assert p.call((np.ones(2),)).ok  # the next call runs


def test_what_is_not_data_in_the_sink_comes_back_as_unsupported(worker, monkeypatch):
    p = worker("lam")
    _no_unpickling(monkeypatch)
    r = p.call((np.ones(2),), options={"instrument": RECORD})
    assert r.ok and isinstance(r.value, Unsupported) and isinstance(r.instrument["value"], Unsupported)


def test_run_port_passes_the_sink_through(tmp_path):
    path = write_port(tmp_path, SOURCE)
    mapping = ArgMapping((("x", "x", "position"),), (), ())
    with load_port(f"{path}:f") as port:
        run = run_port(port, mapping, {"x": np.arange(3.0)}, 1, options={"instrument": RECORD})
        assert run.failure is None and run.instrument["params"]["n"] == 3
        assert run_port(port, mapping, {"x": np.arange(3.0)}, 1).instrument is None
    fork = as_port(lambda x: x + 1)
    assert fork.isolation == "fork"
    run = run_port(fork, mapping, {"x": np.arange(3.0)}, 1, options={"instrument": RECORD})
    assert np.array_equal(run.instrument["args"][0], np.arange(3.0))
