"""What a built-in case is: a reference function, a port, inputs and blocks.

A case is data. It names the Octave function (``reference``), the directory
holding it, the correct Python port, and builds deterministic input sets keyed
by the ``.m`` argument names. ``blocks`` tells the comparison how an output is
laid out (e.g. the unrolled gradient is Theta1 then Theta2, each column-major),
so differences can be reported per block, bias column vs the rest.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

import numpy as np

__all__ = ["Block", "InputSet", "Case", "load_callable"]


@dataclass(frozen=True)
class Block:
    """A matrix stored column-major inside a flat output, e.g. ``Theta1`` in ``grad``.

    ``offset`` is the 0-based position of its first entry in the flattened
    (column-major) output; ``bias_column`` says whether column 0 holds bias
    weights (reported separately because regularisation mistakes live there).
    """

    name: str
    shape: tuple[int, int]
    offset: int = 0
    bias_column: bool = True

    @property
    def size(self) -> int:
        return int(self.shape[0] * self.shape[1])

    @property
    def is_vector(self) -> bool:
        """A column such as ``theta``: its "bias" is entry 0 (Octave ``theta(1)``)."""
        return self.shape[1] == 1

    def locate(self, flat_index: int) -> tuple[int, int]:
        """(row, col), 0-based, of the block entry at ``flat_index`` of the output."""
        k = flat_index - self.offset
        return int(k % self.shape[0]), int(k // self.shape[0])

    def is_bias(self, flat_index: int) -> bool:
        """Whether the entry is a bias weight (column 0 of a matrix, entry 0 of a vector)."""
        r, c = self.locate(flat_index)
        return self.bias_column and (r == 0 if self.is_vector else c == 0)

    def label(self, flat_index: int) -> str:
        """``"Theta1[0, 1] (Octave Theta1(1,2))"``; ``"theta[0] (Octave theta(1))"`` for a vector."""
        r, c = self.locate(flat_index)
        if self.is_vector:
            return f"{self.name}[{r}] (Octave {self.name}({r + 1}))"
        return f"{self.name}[{r}, {c}] (Octave {self.name}({r + 1},{c + 1}))"


@dataclass(frozen=True)
class InputSet:
    """One deterministic set of inputs, keyed by the ``.m`` argument names.

    ``values`` are in Octave's shapes (2-D; a column vector is ``(n, 1)``).
    ``port_values`` overrides what the port receives for some names (e.g. a 1-D
    parameter vector, as ``scipy.optimize`` would pass it).
    """

    name: str
    values: Mapping[str, object]
    description: str = ""
    port_values: Mapping[str, object] = field(default_factory=dict)

    def for_port(self) -> dict:
        merged = dict(self.values)
        merged.update(self.port_values)
        return merged

    def shapes(self) -> dict[str, str]:
        out = {}
        for k, v in self.values.items():
            a = np.asarray(v)
            out[k] = "scalar" if a.ndim == 0 or a.size == 1 else "x".join(map(str, a.shape))
        return out


@dataclass(frozen=True)
class Case:
    """A built-in comparison: Octave reference vs Python port.

    Attributes
    ----------
    name : str
        The Octave spelling shown to users (``"nnCostFunction"``).
    aliases : tuple of str
        Other names accepted on the command line, matched case-insensitively.
    exercise : str
        Directory under ``reference_octave/`` holding the ``.m`` file.
    reference : str
        The Octave function name.
    port : str
        ``"module:function"`` of the correct port.
    outputs : tuple of str
        Output names, in order, from the ``.m`` signature.
    build_inputs : callable
        ``build_inputs(size="debug", lambdas=None) -> list[InputSet]``.
    blocks : callable, optional
        ``blocks(input_set) -> {output_name: [Block, ...]}``.
    hypotheses : tuple of str
        Finding ids of the diagnosis hypotheses that fit this case.
    """

    name: str
    exercise: str
    reference: str
    port: str
    outputs: tuple[str, ...]
    build_inputs: Callable[..., list]
    aliases: tuple[str, ...] = ()
    blocks: Callable[[InputSet], dict] | None = None
    hypotheses: tuple[str, ...] = ()
    description: str = ""
    #: Outputs whose columns are defined only up to sign (singular and eigen
    #: vectors): a column equal to minus Octave's is an equivalence, noted, not a divergence.
    sign_free: tuple[str, ...] = ()

    @property
    def reference_path(self) -> Path:
        from ..octave import reference_dir

        return reference_dir(self.exercise) / f"{self.reference}.m"

    def load_port(self) -> Callable:
        return load_callable(self.port)

    def matches(self, text: str) -> bool:
        t = text.lower()
        return t == self.name.lower() or t in (a.lower() for a in self.aliases)


def load_callable(spec: str) -> Callable:
    """Import ``"package.module:attr"``."""
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)
