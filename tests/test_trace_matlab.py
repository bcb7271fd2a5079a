"""The .m parser and the instrumented copy (no Octave needed)."""
from __future__ import annotations

from pathlib import Path

import pytest

from portcheck.trace.matlab import GRANULARITIES, REC, instrument, parse_function, pure_user_functions

SRC = """function [a, b] = f(x, y)
% comment with 'quotes' and "double" and end
s = 'it''s'; t = "a""b"; % trailing comment
z = x(end) + ...
   y(end-1, :);
for i = 1:3
  if i > 1, a(i) = i; elseif i == 0 a = 2; else a(i) = 0; end
end
switch s
  case 'x'
    b = 1;
  otherwise
    b = 2;
end
try
  q = x';
catch err
  q = 0;
end
[m, ~] = max(x);
x += 1;
b = g(b) + sum(x .* y)
end
function r = g(u)
  r = u + 1;
end
"""


def test_parse_names_inputs_outputs_and_variables():
    fun = parse_function(SRC)
    assert fun.name == "f" and fun.inputs == ("x", "y") and fun.outputs == ("a", "b")
    assert {"s", "t", "z", "a", "b", "q", "m", "x", "i"} <= set(fun.variables)
    assert not fun.has_errors


def test_sites_after_every_assigning_statement_with_lines():
    ins = instrument(parse_function(SRC), "statements")
    got = [(s.line, s.kind, s.names) for s in ins.sites]
    assert (3, "assign", ("s",)) in got and (3, "assign", ("t",)) in got
    assert (4, "assign", ("z",)) in got                      # continued statement: its first line
    assert (6, "loop", ("i",)) in got
    assert (7, "assign", ("a",)) in got
    assert (11, "assign", ("b",)) in got and (13, "assign", ("b",)) in got
    assert (16, "assign", ("q",)) in got and (18, "assign", ("q",)) in got
    assert (20, "assign", ("m",)) in got                     # [m, ~] = ...
    assert (21, "assign", ("x",)) in got                     # Octave's x += 1
    assert all(s.line <= 22 for s in ins.sites)              # the local function g is not instrumented


def test_instrumented_copy_keeps_line_numbers_and_the_original_text():
    fun = parse_function(SRC)
    for g in GRANULARITIES:
        ins = instrument(fun, g)
        assert ins.source.count("\n") == SRC.count("\n"), g
        for original, copied in zip(SRC.splitlines(), ins.source.splitlines()):
            assert original.split("%")[0].strip()[:10] in copied
    assert REC not in instrument(fun, "outputs").source


def test_display_kept_for_unterminated_statements():
    ins = instrument(parse_function(SRC), "statements")
    line = ins.source.splitlines()[21]
    assert line.startswith("b = g(b) + sum(x .* y), " + REC)


def test_subexpressions_are_pure_and_skip_free_end_and_index_arguments():
    ins = instrument(parse_function(SRC), "expressions")
    subs = [e for s in ins.sites if s.kind == "sub" for e in s.exprs]
    assert "sum(x .* y)" in subs and "x .* y" in subs
    assert "g(b)" not in subs                   # g is not known to be pure (no folder given)
    assert not any(e.startswith("end") for e in subs)
    assert "x(end)" in subs                     # end inside its own indexing is fine
    assert "end-1" not in subs and "y(end-1, :)" in subs


def test_subexpressions_never_read_what_the_statement_assigns():
    fun = parse_function("function J = f(J, r)\nJ = J + 2 * r;\nend\n")
    subs = [e for s in instrument(fun, "expressions").sites if s.kind == "sub" for e in s.exprs]
    assert subs == ["2 * r"]


def test_pure_user_functions(tmp_path: Path):
    (tmp_path / "sig.m").write_text("function g = sig(z)\ng = 1 ./ (1 + exp(-z));\nend\n")
    (tmp_path / "noisy.m").write_text("function g = noisy(z)\ng = z + rand(size(z));\nend\n")
    (tmp_path / "uses.m").write_text("function g = uses(z)\ng = sig(z) .* (1 - sig(z));\nend\n")
    assert pure_user_functions(tmp_path, {"sig", "noisy", "uses", "missing"}) == {"sig", "uses"}


def test_a_script_is_refused():
    with pytest.raises(ValueError):
        parse_function("x = 1;\ny = 2;\n")


def test_block_granularity_guards_names_assigned_in_branches():
    fun = parse_function("function y = f(x)\nif x > 0\n  y = 1;\n  w = 2;\nelse\n  y = 3;\nend\nend\n")
    ins = instrument(fun, "blocks")
    assert [s.names for s in ins.sites] == [("w",), ("y",)]
    assert "exist('w', 'var') == 1" in ins.source
