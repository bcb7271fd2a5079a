"""Environment drift: the Python 2 rewrite, and each shim applied in a worker only when the port needs it. No Octave."""
from __future__ import annotations

import ast
import textwrap

import numpy as np
import pytest

from portcheck.runner import load_port
from portcheck.sandbox._shims import py2_source


def _py2(src: str) -> str:
    out, _ = py2_source(textwrap.dedent(src))
    ast.parse(out)
    return out


@pytest.mark.parametrize("src, expected", [
    ('print "J =", J\n', 'print("J =", J)\n'),
    ("print x,\n", 'print(x, end=" ")\n'),
    ('print >>sys.stderr, "bad"\n', 'print("bad", file=sys.stderr)\n'),
    ("print\n", "print()\n"),
    ('print("ok")\n', 'print("ok")\n'),
    ("print 'a %d' % n  # comment\n", "print('a %d' % n)  # comment\n"),
    ("if x: print x\n", "if x: print(x)\n"),
    ("a = 1; print a; b = 2\n", "a = 1; print(a); b = 2\n"),
    ("except ValueError, e:\n", None),
    ("for k, v in d.iteritems():\n    pass\n", "for k, v in d.items():\n    pass\n"),
    ("ok = d.has_key(k)\n", "ok = d.__contains__(k)\n"),
    ("mode = 0755\n", "mode = 0o755\n"),
    ("if a <> b:\n    pass\n", "if a != b:\n    pass\n"),
    ('raise ValueError, "no"\n', 'raise ValueError("no")\n'),
])
def test_python2_statements_are_rewritten_line_for_line(src, expected):
    if expected is None:
        src = "try:\n    pass\nexcept ValueError, e:\n    pass\n"
        expected = "try:\n    pass\nexcept ValueError as e:\n    pass\n"
    out = _py2(src)
    assert out == expected
    assert out.count("\n") == src.count("\n")


def test_print_as_a_name_is_left_alone():
    src = "print_ = 1\nx = print\nf(print)\n"
    assert py2_source(src)[0] == src


def test_rewrites_say_what_and_where():
    _, notes = py2_source("import numpy\n\nprint 'x'\nfor i in xrange(3):\n    print i\n")
    assert notes == [("print statement", 3), ("print statement", 5)]


def _port(tmp_path, body: str, name="port.py", func="f"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body))
    return load_port(f"{path}:{func}", timeout=60)


def test_a_python2_port_runs_with_the_shim_and_says_where(tmp_path):
    with _port(tmp_path, """
            import numpy as np

            def f(x, m):
                total = 0
                for i in xrange(m):
                    total += x[i]
                print "total", total
                return total / m, 1 / m
            """) as port:
        assert port.drift[0]["id"] == "python2" and port.drift[0]["line"] == 8
        value = port(np.arange(4.0), 4)
        assert value == (1.5, 0.25)  # Python 3 division kept
        whats = {(e["what"], e["line"]) for e in port.drift}
        assert ("xrange", 6) in whats and ("integer division", 9) in whats
        result = port.call((np.arange(4.0), 4), options={"py2_division": True})
        assert result.value == (1.5, 0)  # what Python 2 computed


@pytest.mark.parametrize("body, shim, what", [
    ("import numpy as np\ndef f(x):\n    return np.zeros(3, dtype=np.float) + x\n", "numpy-removed-alias", "np.float"),
    ("import pandas as pd\ndef f(x):\n    return pd.DataFrame({'a': [x, 2.0]}).as_matrix()\n", "pandas-removed-api",
     ".as_matrix()"),
    ("import numpy as np\ndef f(x):\n    return float(np.array([[x]])) * 2\n", "numpy2-scalar", "float()/int() of a size-1 array"),
    ("import numpy as np\ndef f(x):\n    return len(np.array([[x, 1.0], [2.0]]))\n", "ragged-array", "np.array of ragged lists"),
    ("import numpy as np\ndef f(x):\n    return np.array([[x, 2.0], [3.0, 4.0]]).flatten(1)[1]\n", "numpy-removed-alias",
     "an int order (flatten(1))"),
    ("def f(x):\n    d = {'a': x}\n    return [v for k, v in d.iteritems()][0]\n", "python2", ".iteritems()"),
])
def test_each_shim_is_applied_when_the_port_fails_the_way_it_cures(tmp_path, body, shim, what):
    with _port(tmp_path, body) as port:
        assert port.drift == ()
        value = port(1.0)
        assert value is not None
        first = port.drift[0]
        assert first["id"] == shim and first["what"] == what and first["cured"] is True and first["line"] == 3
        assert first["trigger"]


def test_a_percent_format_of_a_size_1_array_is_cured_by_the_numpy2_shim(tmp_path):
    # "%f" % a (1,) array went through NumPy 1's float(); NumPy 2 raises -- a print in a training loop
    body = "import numpy as np\ndef f(x):\n    h = np.array([x])\n    s = 'cost %f, %s' % (h, 'ok')\n    return len(s)\n"
    with _port(tmp_path, body) as port:
        assert port(1.0) == len("cost 1.000000, ok")
        events = [(e["id"], e.get("what"), e.get("line")) for e in port.drift]
        assert ("numpy2-scalar", "%-format of a size-1 array", 4) in events
        assert port.drift[0]["cured"] is True


def test_an_int_order_is_fortran_as_old_numpy_read_it_and_numpy_2_names_stay_numpys(tmp_path):
    body = ("import numpy as np\ndef f(x):\n    import numpy.ma\n    a = np.array([[x, 2.0], [3.0, 4.0]])\n"
            "    ok = np.bool is np.bool_\n    return float(a.flatten(1)[1] + np.zeros(1, dtype=np.float)[0]) if ok else -1.0\n")
    with _port(tmp_path, body) as port:
        assert port(1.0) == 3.0  # column-major: [x, 3, 2, 4]; and np.bool is still NumPy 2's own type
        assert {e["id"] for e in port.drift} == {"numpy-removed-alias"}


def test_no_shim_for_a_port_that_does_not_need_one(tmp_path):
    with _port(tmp_path, "import numpy as np\ndef f(x):\n    return float(np.sum(x))\n") as port:
        assert port(np.ones(3)) == 3.0
        assert port.drift == ()


def test_a_module_of_the_ports_repository_is_found_from_an_ancestor_folder(tmp_path):
    (tmp_path / "ex2").mkdir()
    (tmp_path / "ex2" / "sigmoid.py").write_text("def sigmoid(z):\n    return 1 / (1 + 2.718281828459045 ** -z)\n")
    (tmp_path / "ex2" / "port").mkdir()
    with _port(tmp_path / "ex2" / "port", "from ex2.sigmoid import sigmoid\n\ndef f(z):\n    return sigmoid(z)\n") as port:
        assert port(0.0) == 0.5
        (event,) = port.drift
        assert event["id"] == "repo-import" and event["folder"] == str(tmp_path.resolve()) and event["line"] == 1


def test_a_syntax_error_that_is_not_python2_is_reported_as_it_is(tmp_path):
    from portcheck.errors import PortLoadError

    with pytest.raises(PortLoadError, match="SyntaxError"):
        _port(tmp_path, "def f(x):\n    return x +\n")
