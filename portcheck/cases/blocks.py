"""Blocks: named matrices unrolled one after another inside a flat vector.

The unrolled gradient ``grad = [Theta1_grad(:); Theta2_grad(:)]`` is two blocks;
so is the parameter vector it is the gradient of. A :class:`Block` knows where it
starts in the flat vector, its shape, how it is unrolled (``"F"``: column-major,
Octave's ``(:)``), and whether its column 0 holds bias weights. The comparison
reports per block (bias column apart, because regularisation mistakes live
there), the diagnosis re-rolls blocks, the gradient check localises entries in
them; every location is written as the Python index and the Octave subscript.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..formatting import location

__all__ = ["Block", "block_of"]


@dataclass(frozen=True)
class Block:
    """A matrix (or vector) stored inside a flat vector, e.g. ``Theta1`` in ``grad``.

    Attributes
    ----------
    name : str
        As the user knows it (``"Theta1"``).
    shape : tuple of int
        ``(rows, cols)``, or ``(n,)`` for a vector.
    offset : int
        0-based position of its first entry in the flat vector.
    bias_column : bool
        Column 0 holds bias weights (entry 0 for a column vector such as ``theta``).
    order : {"F", "C"}
        How the block is unrolled: column-major (Octave's ``(:)``) or row-major.
    """

    name: str
    shape: tuple
    offset: int = 0
    bias_column: bool = True
    order: str = "F"

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))

    @property
    def start(self) -> int:
        """The first flat index (``offset``)."""
        return self.offset

    @property
    def stop(self) -> int:
        """One past the last flat index."""
        return self.offset + self.size

    @property
    def is_matrix(self) -> bool:
        return len(self.shape) == 2

    @property
    def is_vector(self) -> bool:
        """A column such as ``theta`` (``(n, 1)``) or a 1-D block: its "bias" is entry 0."""
        return len(self.shape) == 1 or self.shape[1] == 1

    def subscript(self, flat_index: int) -> tuple[int, ...]:
        """0-based subscript of the entry at ``flat_index`` of the flat vector (one per dimension)."""
        k = int(flat_index) - self.offset
        if len(self.shape) == 1:
            return (k,)
        rows, cols = self.shape
        return (k % rows, k // rows) if self.order == "F" else (k // cols, k % cols)

    def locate(self, flat_index: int) -> tuple[int, int]:
        """(row, col), 0-based, of the entry at ``flat_index`` (col 0 for a 1-D block)."""
        sub = self.subscript(flat_index)
        return (sub[0], sub[1]) if len(sub) == 2 else (sub[0], 0)

    def is_bias(self, flat_index: int) -> bool:
        """Whether the entry is a bias weight (column 0 of a matrix, entry 0 of a vector)."""
        r, c = self.locate(flat_index)
        return self.bias_column and (r == 0 if self.is_vector else c == 0)

    def label(self, flat_index: int) -> str:
        """``"Theta1[0, 1] (Octave Theta1(1,2))"``; ``"theta[0] (Octave theta(1))"`` for a vector."""
        r, c = self.locate(flat_index)
        return location(self.name, (r,) if self.is_vector else (r, c))

    def local_grid(self) -> tuple[np.ndarray, np.ndarray]:
        """(rows, cols) of every entry of the block in unrolling order, shape (size,) each; cols 0 for 1-D."""
        k = np.arange(self.size)
        if self.is_matrix:
            r, c = np.unravel_index(k, self.shape, order=self.order)
            return r, c
        return k, np.zeros(self.size, int)

    def shape_text(self) -> str:
        """``"25x401"``."""
        return "x".join(str(s) for s in self.shape)


def block_of(blocks, flat_index: int) -> Block:
    """The block holding ``flat_index``; IndexError when none does."""
    for b in blocks:
        if b.start <= flat_index < b.stop:
            return b
    raise IndexError(flat_index)
