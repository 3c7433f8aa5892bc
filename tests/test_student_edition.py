"""The student edition runs top to bottom without an error: solutions removed, checkers still working.

How this is tested without executing every notebook a second time. The student edition is the teacher's
notebook with each worked solution replaced by a placeholder: a code cell holding only a comment, or a
markdown line. The tests below check, for every notebook, that

- its code cells are the teacher's code cells, same source, same order, except the solutions;
- every solution comes after the last lesson code cell, and its placeholder is a comment that runs no code;
- the teacher's stored outputs of the lesson cells show each starter's "Not answered yet" and no ✓.

So running the student edition top to bottom runs exactly the lesson cells that strict nbval runs in a fresh
kernel on the teacher's notebook (same code, same order, stored outputs compared), then comments: if nbval
passes, the student edition runs. One notebook is also executed for real, in a fresh kernel against a copy of
the project's data (FRAMING_ROOT), so that the edition's files and paths are tested end to end.
"""
import ast
import json
import shutil

import nbformat
import pytest
from nbclient import NotebookClient

from framing import editions, paths
from framing.runner import notebooks

BOOKS = notebooks()


@pytest.fixture(scope="module")
def student_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("student-root")
    for folder in ("seeds", "data"):
        shutil.copytree(paths.ROOT / folder, root / folder)
    editions.student_edition(root / "student")
    return root


def _code(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _text(cell: dict) -> str:
    texts = (o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
    return "".join(t if isinstance(t, str) else "".join(t) for t in texts)


def test_the_placeholder_runs_no_code():
    assert ast.parse(editions.PLACEHOLDER).body == []


@pytest.mark.parametrize("path", BOOKS, ids=[p.stem[:2] for p in BOOKS])
def test_student_code_is_the_lesson_code_then_placeholders(student_root, path):
    teacher = _code(json.loads(path.read_text(encoding="utf-8")))
    student = _code(json.loads((student_root / "student" / path.name).read_text(encoding="utf-8")))
    assert len(student) == len(teacher)
    solution = [editions.is_solution(c) for c in teacher]
    for t, s, is_sol in zip(teacher, student, solution):
        if is_sol:
            assert "".join(s["source"]) == editions.PLACEHOLDER and not s["outputs"]
        else:
            assert s["source"] == t["source"], f"{path.name}: a lesson cell differs in the student edition"
    if any(solution):
        first = solution.index(True)
        assert not any(solution[i] is False for i in range(first, len(solution))), \
            f"{path.name}: a lesson code cell comes after a solution, so the lesson may depend on it"


@pytest.mark.parametrize("path", BOOKS, ids=[p.stem[:2] for p in BOOKS])
def test_the_starters_checkers_ran_and_none_passed(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    if editions.is_template(nb):
        pytest.skip("a template has no exercises")
    lesson = [c for c in _code(nb) if not editions.is_solution(c)]
    printed = "".join(_text(c) for c in lesson)
    n_exercises, _ = editions.exercises_and_solutions(nb)
    assert printed.count("Not answered yet") >= n_exercises, f"{path.name}: a starter cell's checker did not run"
    assert "✓" not in printed, f"{path.name}: a checker passed in the lesson (a solution in a starter?)"


def test_one_student_notebook_runs_for_real(student_root, monkeypatch):
    """The first notebook of the student edition, executed in a fresh kernel against a copy of the data."""
    name = BOOKS[0].name
    monkeypatch.setenv("FRAMING_ROOT", str(student_root))
    nb = nbformat.read(student_root / "student" / name, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(student_root)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    printed = "".join(_text(c) for c in nb.cells if c.cell_type == "code")
    assert "Not answered yet" in printed and "✓" not in printed
