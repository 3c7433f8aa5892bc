"""The student edition runs top to bottom without an error: solutions removed, checkers still working.

Each student notebook runs in a fresh kernel against a copy of the project's data (FRAMING_ROOT), so
that what it writes never touches the repository while the teacher's notebooks are being tested."""
import json
import shutil

import nbformat
import pytest
from nbclient import NotebookClient

from framing import editions, paths
from framing.runner import notebooks


@pytest.fixture(scope="session")
def student_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("student-root")
    for folder in ("seeds", "data"):
        shutil.copytree(paths.ROOT / folder, root / folder)
    editions.student_edition(root / "student")
    return root


def run_student_notebook(student_root, name, monkeypatch):
    monkeypatch.setenv("FRAMING_ROOT", str(student_root))
    nb = nbformat.read(student_root / "student" / name, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(student_root)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    hints = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                    if o.get("output_type") == "stream")
    if not editions.is_template(json.loads((paths.NOTEBOOKS / name).read_text(encoding="utf-8"))):
        assert "Not answered yet" in hints, f"{name}: the starter cells' checkers did not run"
        assert "✓" not in hints, f"{name}: a checker passed in the student edition (a solution survived?)"


# One test class per notebook: under `--dist loadscope` each class is a unit of work, so the
# notebooks are spread over the workers instead of running one after another on one.
for _path in notebooks():
    _name = f"TestStudent{_path.name[:2]}"
    globals()[_name] = type(_name, (), {
        "test_runs_top_to_bottom": lambda self, student_root, monkeypatch, name=_path.name:
            run_student_notebook(student_root, name, monkeypatch)})
