"""framing.plots as a whole: one function per figure, no name defined twice (a later definition would
silently replace an earlier one), each documented."""
import ast
import inspect

from framing import plots


def test_no_function_is_defined_twice_and_each_has_a_docstring():
    tree = ast.parse(inspect.getsource(plots))
    names = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    twice = sorted({n for n in names if names.count(n) > 1})
    assert not twice, f"defined twice in framing.plots: {twice}"
    undocumented = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")
                    and not ast.get_docstring(n)]
    assert not undocumented, f"figure functions without a docstring: {undocumented}"
