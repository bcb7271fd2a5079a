"""Reading .m signatures and mapping port arguments onto them."""
import pytest

from portcheck.errors import SignatureError
from portcheck.octave import reference_dir
from portcheck.signature import map_arguments, parse_args_override, parse_m_signature, read_m_signature


def test_reads_nncost_signature_with_continuations():
    sig = read_m_signature(reference_dir("ex4") / "nnCostFunction.m")
    assert sig.name == "nnCostFunction"
    assert sig.inputs == ("nn_params", "input_layer_size", "hidden_layer_size", "num_labels", "X", "y", "lambda")
    assert sig.outputs == ("J", "grad")


@pytest.mark.parametrize("line, name, ins, outs", [
    ("function g = sigmoid(z)", "sigmoid", ("z",), ("g",)),
    ("function [a b] = f(x,y) % comment", "f", ("x", "y"), ("a", "b")),
    ("function f()", "f", (), ()),
    ("function f", "f", (), ()),
    ("% header\nfunction [J, grad] = costFunction(theta, X, y) # trailing", "costFunction", ("theta", "X", "y"), ("J", "grad")),
])
def test_parse_variants(line, name, ins, outs):
    sig = parse_m_signature(line)
    assert (sig.name, sig.inputs, sig.outputs) == (name, ins, outs)


def test_script_without_function_line_is_an_error():
    with pytest.raises(SignatureError, match="no 'function"):
        parse_m_signature("x = 1;\ndisp(x)")


REF = ("nn_params", "input_layer_size", "hidden_layer_size", "num_labels", "X", "y", "lambda")


def test_issue_example_port_is_mapped_by_name():
    def nnCost(nn_params, X, y, lambda_, input_layer_size, hidden_layer_size, num_labels):
        pass

    m = map_arguments(REF, nnCost)
    assert m.pairs == (
        ("nn_params", "nn_params", "name"), ("X", "X", "name"), ("y", "y", "name"), ("lambda", "lambda_", "name"),
        ("input_layer_size", "input_layer_size", "name"), ("hidden_layer_size", "hidden_layer_size", "name"),
        ("num_labels", "num_labels", "name"),
    )
    args, kwargs = m.build_call({r: r for r in REF})
    assert args == ["nn_params", "X", "y", "lambda", "input_layer_size", "hidden_layer_size", "num_labels"]
    assert m.method == "by name"


def test_aliases_then_position():
    def port(params, n, h, K, X, y, lmbda):
        pass

    m = map_arguments(REF, port)
    assert [(r, p, how) for r, p, how in m.pairs] == [
        ("nn_params", "params", "alias"), ("input_layer_size", "n", "position"), ("hidden_layer_size", "h", "position"),
        ("num_labels", "K", "alias"), ("X", "X", "name"), ("y", "y", "name"), ("lambda", "lmbda", "alias"),
    ]


def test_override_wins():
    def port(a, b, c, d, e, f, g):
        pass

    m = map_arguments(REF, port, parse_args_override("g=nn_params,a=lambda"))
    assert m.pairs[0] == ("lambda", "a", "override") and m.pairs[-1] == ("nn_params", "g", "override")


def test_wrong_arity_is_a_clear_error():
    def port(nn_params, X, y):
        pass

    with pytest.raises(SignatureError, match=r"would be dropped"):
        map_arguments(REF, port)

    def port2(nn_params, X, y, lambda_, a, b, c, extra):
        pass

    with pytest.raises(SignatureError, match=r"cannot fill \['extra'\]"):
        map_arguments(REF, port2)


def test_bad_override_text():
    with pytest.raises(SignatureError, match="PORT_ARG=OCTAVE_ARG"):
        parse_args_override("lambda")
