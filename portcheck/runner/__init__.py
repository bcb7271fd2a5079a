"""Runs: the port called in the sandbox (the way a Python caller would call it) and the reference in Octave.

Modules: ``port`` (:class:`Port`: a port in a warm worker or a fork per call;
:func:`load_port`, :func:`run_port`, :class:`PortRun`), ``representation``
(how each argument reaches the port: sizes as ``int`` ... and the moves between
representations), ``drift`` (which environment shim a failure asks for),
``handles`` (function arguments: an Octave handle and a Python callable),
``failures`` (:class:`PortFailure`: a failure as data, located at the user's
line), ``limits`` (the time limit of a command, and the workers it closes),
``reference`` (the reference evaluated on every input set in one Octave round
trip, :class:`ReferenceRun`).
"""
from .failures import PortFailure
from .limits import DEFAULT_PORT_TIMEOUT, port_time_limit
from .port import Port, PortRaisedError, PortRun, as_port, load_port, run_port
from .reference import ReferenceRun, run_reference
from .representation import (Representation, conform, default_representation, normalise_outputs, port_values,
                             representation_moves)

__all__ = ["PortFailure", "Port", "PortRun", "PortRaisedError", "ReferenceRun", "load_port", "as_port", "run_port",
           "run_reference", "normalise_outputs", "port_time_limit", "DEFAULT_PORT_TIMEOUT", "Representation",
           "default_representation", "representation_moves", "port_values", "conform"]
