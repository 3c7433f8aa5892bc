"""Rules every notebook and source file keeps, so that strict nbval means something."""
import json
import re

import pytest

from framing import paths
from framing.runner import APPENDIX_NAME, NOTEBOOK_NAME, notebooks

NOTEBOOKS = notebooks(appendices=True)


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def test_there_are_notebooks():
    assert NOTEBOOKS, "no numbered notebooks in notebooks/"


def test_every_ipynb_is_numbered():
    stray = [p.name for p in paths.NOTEBOOKS.glob("*.ipynb") if not (NOTEBOOK_NAME.match(p.name) or APPENDIX_NAME.match(p.name))]
    assert not stray, f"notebook names must be NN-verb-topic.ipynb (appendices A1-topic.ipynb): {stray}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_code_cell_was_executed_in_order(path):
    counts = [c.get("execution_count") for c in cells(path) if c["cell_type"] == "code" and source(c).strip()]
    assert None not in counts, f"{path.name}: a code cell has no execution count (nbval would skip it)"
    assert counts == list(range(1, len(counts) + 1)), f"{path.name}: cells were not run top to bottom once"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_timestamps_and_python3_kernel(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3"
    for c in nb["cells"]:
        assert "execution" not in c.get("metadata", {}), f"{path.name}: execution timestamps stored"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_warnings_or_errors_in_stored_outputs(path):
    for c in cells(path):
        for out in c.get("outputs", []):
            assert out.get("output_type") != "error", f"{path.name}: stored error"
            assert not (out.get("output_type") == "stream" and out.get("name") == "stderr"), \
                f"{path.name}: stderr output (a warning?) in: {source(c)[:60]!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_trailing_semicolon_and_no_bare_plot_return(path):
    for c in cells(path):
        if c["cell_type"] != "code":
            continue
        last = source(c).rstrip().splitlines()[-1] if source(c).strip() else ""
        assert not last.endswith(";"), f"{path.name}: use `_ = ...` instead of a trailing semicolon"


def test_nothing_calls_nltk_download():
    files = list((paths.ROOT / "src").rglob("*.py")) + list(paths.NOTEBOOKS.glob("*.ipynb"))
    offenders = [f.name for f in files if re.search(r"nltk\.download\s*\(", f.read_text(encoding="utf-8"))]
    assert not offenders, f"nltk.download() cannot work offline: {offenders}"


def test_nothing_loads_a_pickle():
    files = list((paths.ROOT / "src").rglob("*.py")) + list(paths.NOTEBOOKS.glob("*.ipynb"))
    offenders = [f.name for f in files if re.search(r"pickle\.load|\.pickle\b|read_pickle", f.read_text(encoding="utf-8"))]
    assert not offenders, f"no pickle may be loaded: {offenders}"


def test_requirements_are_pinned():
    lines = [l.strip() for l in (paths.ROOT / "requirements.txt").read_text().splitlines()]
    reqs = [l for l in lines if l and not l.startswith("#") and l != "-e ."]
    loose = [l for l in reqs if "==" not in l]
    assert not loose, f"unpinned requirements: {loose}"
    assert lines[-1] == "-e .", "requirements.txt must end by installing the project (-e .)"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_absolute_paths_of_this_machine_in_outputs(path):
    """A stored output that names this checkout's folder would fail nbval in any other clone."""
    root = str(paths.ROOT)
    for c in cells(path):
        for out in c.get("outputs", []):
            text = json.dumps(out.get("data", {}).get("text/plain", "")) + json.dumps(out.get("text", ""))
            assert root not in text and "/work/" not in text, f"{path.name}: an output shows a local path: {source(c)[:60]!r}"
