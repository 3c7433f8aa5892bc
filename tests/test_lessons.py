"""The lesson rules of issue 11, on every notebook: header, time budget, prose in markdown,
few asserts, short code cells, graded exercises with checkers, worked solutions at the end."""
import json
import re
import statistics

import pytest

from framing.course import checks
from framing.course.timing import code_lines, lesson_cells, measure
from framing.runner import TIME_LINE, notebooks

NUMBERED = notebooks()
ALL = notebooks(appendices=True)
# The template (notebook 12) is a tool, not a lesson: no exercises of its own (see its header)
LESSONS = [p for p in NUMBERED if not json.loads(p.read_text(encoding="utf-8"))["metadata"].get("framing", {}).get("template")]
CORE = [p for p in NUMBERED if int(p.name[:2]) <= 9]
MAX_MINUTES, CORE_MINUTES = 45, 360
HEADER_FIELDS = ("Level", "Time", "Prerequisites", "Data", "Libraries")
YOUR_TURN = re.compile(r"^###\s+Your turn (\d\d\.\d+)\s+[☼◑★]", re.M)


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def src(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def content(nb):
    return [c for c in nb["cells"] if not src(c).startswith("<!-- framing:nav")]


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_header(path):
    nb = load(path)
    first = src(content(nb)[0])
    assert first.startswith("# "), f"{path.name}: the first cell after the navigation must be the H1 title"
    for field in HEADER_FIELDS:
        assert f"**{field}:**" in first, f"{path.name}: the header has no '**{field}:**' line"
    stated = TIME_LINE.search(first)
    assert stated, f"{path.name}: the header's time must read '**Time:** N minutes'"
    assert int(re.search(r"\d+", stated.group(0)).group(0)) == measure(nb)["minutes"], \
        f"{path.name}: the stated time is not the computed one (run `python -m framing run`)"
    assert any("You will learn to" in src(c) for c in content(nb)[:3]), f"{path.name}: no 'You will learn to'"
    h1 = [l for c in nb["cells"] if c["cell_type"] == "markdown" for l in src(c).splitlines() if re.match(r"# ", l)]
    assert len(h1) == 1, f"{path.name}: {len(h1)} H1 headings (one title per notebook)"


@pytest.mark.parametrize("path", NUMBERED, ids=lambda p: p.name)
def test_time_budget(path):
    assert measure(load(path))["minutes"] <= MAX_MINUTES, f"{path.name}: over {MAX_MINUTES} minutes for a student"


def test_only_the_last_notebook_is_a_template():
    templates = [p.name for p in NUMBERED if p not in LESSONS]
    assert templates in ([], [NUMBERED[-1].name]), f"templates must come last: {templates}"


def test_core_path_budget():
    total = sum(measure(load(p))["minutes"] for p in CORE)
    assert total <= CORE_MINUTES, f"the core path (00-09) takes {total} minutes (budget {CORE_MINUTES})"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_prose_in_markdown_and_few_asserts(path):
    nb = load(path)
    assert not any(re.search(r"\bMarkdown\(", src(c)) for c in nb["cells"] if c["cell_type"] == "code"), \
        f"{path.name}: narrative built in code (a Markdown( call)"
    m = measure(nb)
    assert m["asserts"] <= 3, f"{path.name}: {m['asserts']} asserts in the lesson (claims belong in tests/)"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_short_code_cells(path):
    nb = load(path)
    sizes = [len(code_lines(src(c))) for c in nb["cells"] if c["cell_type"] == "code"]
    assert max(sizes) <= 15, f"{path.name}: a code cell of {max(sizes)} non-comment lines (at most 15)"
    lesson = [len(code_lines(src(c))) for c in lesson_cells(nb) if c["cell_type"] == "code"]
    assert statistics.median(lesson) <= 6, f"{path.name}: median code cell {statistics.median(lesson)} lines (at most 6)"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_graded_exercises_with_checkers_and_solutions_at_the_end(path):
    nb = load(path)
    cells = nb["cells"]
    heads = [i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and re.match(r"##\s+Solutions\b", src(c))]
    assert heads, f"{path.name}: no '## Solutions' section"
    sol = heads[0]
    later = [src(c) for c in cells[sol + 1:] if c["cell_type"] == "markdown" and re.match(r"##?\s", src(c))]
    assert not later, f"{path.name}: the Solutions section must be the last section"
    before = "\n".join(src(c) for c in cells[:sol] if c["cell_type"] == "markdown")
    for heading in ("## Summary", "## References"):
        assert heading in before, f"{path.name}: no '{heading}' before the Solutions"
    ids = [m for c in cells[:sol] if c["cell_type"] == "markdown" for m in YOUR_TURN.findall(src(c))]
    assert len(ids) >= 4, f"{path.name}: {len(ids)} graded 'Your turn' exercises (at least 4)"
    levels = set(re.findall(r"^###\s+Your turn \d\d\.\d+\s+([☼◑★])", before, re.M))
    assert len(levels) >= 2, f"{path.name}: exercises of one level only ({levels})"
    lesson_code = "\n".join(src(c) for c in cells[:sol] if c["cell_type"] == "code")
    solutions = [src(c) for c in cells[sol:] if c["cell_type"] == "code" and src(c).startswith("# Solution")]
    for ex in ids:
        assert ex.startswith(path.name[:2]), f"{path.name}: exercise {ex} is numbered for another notebook"
        assert re.search(rf"check\(\s*[\"']{re.escape(ex)}[\"']", lesson_code), f"{path.name}: no starter cell checks {ex}"
        assert any(re.search(rf"check\(\s*[\"']{re.escape(ex)}[\"']", s) for s in solutions), \
            f"{path.name}: no '# Solution' cell for {ex}"
        assert ex in checks.known(), f"{path.name}: exercise {ex} has no checker in framing.course.exercises"
    assert re.search(r"\bguess\(", lesson_code), f"{path.name}: no 'guess, then run' cell"
    assert not any(src(c).startswith("# Solution") for c in cells[:sol] if c["cell_type"] == "code"), \
        f"{path.name}: a solution sits under its question; move it to the Solutions section"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_stored_solutions_pass_their_checkers(path):
    """In the teacher's notebook every worked solution prints ✓."""
    cells = load(path)["cells"]
    for c in cells:
        if c["cell_type"] == "code" and src(c).startswith("# Solution"):
            text = "".join("".join(o.get("text", "")) for o in c.get("outputs", []) if o.get("output_type") == "stream")
            assert "✓" in text, f"{path.name}: a worked solution does not pass its checker: {src(c)[:60]!r}"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_every_figure_has_alt_text_saying_what_it_shows(path):
    for c in load(path)["cells"]:
        if c["cell_type"] == "code" and any("image/png" in o.get("data", {}) for o in c.get("outputs", [])):
            alt = c["metadata"].get("mystnb", {}).get("image", {}).get("alt", "")
            assert len(alt.split()) >= 8 and not alt.lower().startswith("a figure of notebook"), \
                f"{path.name}: a figure without alt text that says what it shows: {src(c)[:60]!r}"
