"""Runs: the port called in Python (on copies, under a time limit) and the reference in Octave.

Modules: ``port`` (load ``FILE.py:FUNC``, call it, :class:`PortRun`),
``failures`` (:class:`PortFailure`: an exception as data, located at the user's
line), ``limits`` (the time limit of a command), ``reference`` (the reference
evaluated on every input set in one Octave round trip, :class:`ReferenceRun`).
"""
from .failures import PortFailure
from .limits import DEFAULT_PORT_TIMEOUT, port_time_limit
from .port import PortRun, load_port, normalise_outputs, run_port
from .reference import ReferenceRun, run_reference
from .representation import Representation, conform, default_representation, port_values, representation_moves

__all__ = ["PortFailure", "PortRun", "ReferenceRun", "load_port", "run_port", "run_reference", "normalise_outputs",
           "port_time_limit", "DEFAULT_PORT_TIMEOUT", "Representation", "default_representation", "representation_moves",
           "port_values", "conform"]
