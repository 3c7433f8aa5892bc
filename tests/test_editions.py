import json
import shutil

import pytest

from framing import editions, paths
from framing.runner import notebooks

def test_navigation_is_up_to_date():
    stale = editions.stale_navigation()
    assert not stale, f"navigation is stale in {stale}: run `python -m framing run`"


def test_navigation_is_replaced_not_duplicated(tmp_path):
    for p in notebooks()[:2]:
        shutil.copy(p, tmp_path / p.name)
    editions.write_navigation(tmp_path)
    first = {p.name: p.read_bytes() for p in tmp_path.glob("*.ipynb")}
    assert editions.write_navigation(tmp_path) == []
    assert first == {p.name: p.read_bytes() for p in tmp_path.glob("*.ipynb")}
    nb = json.loads((tmp_path / notebooks()[0].name).read_text())
    navs = [c for c in nb["cells"] if "".join(c["source"]).startswith(editions.NAV_MARK)]
    assert len(navs) == 2


def test_navigation_links_point_to_neighbours():
    books = notebooks()
    top = editions.navigation_text(books, 1, "top")
    assert books[0].name in top and books[2].name in top and "Contents" in top
    assert books[0].name not in editions.navigation_text(books, 0, "top")


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_every_exercise_has_a_solution(path):
    nb = json.loads(path.read_text())
    n_ex, n_sol = editions.exercises_and_solutions(nb)
    if editions.is_template(nb):
        assert n_ex == n_sol == 0, f"{path.name}: a template has no exercises"
    else:
        assert n_ex >= 4 and n_ex == n_sol, f"{path.name}: {n_ex} exercises, {n_sol} solutions"


def test_student_edition_has_no_solutions(tmp_path):
    out = editions.student_edition(tmp_path)
    assert [p.name for p in out] == [p.name for p in notebooks()]
    for student, teacher in zip(out, notebooks()):
        s_cells = json.loads(student.read_text())["cells"]
        t_cells = json.loads(teacher.read_text())["cells"]
        assert len(s_cells) == len(t_cells)
        assert not any(editions.is_solution(c) for c in s_cells), f"{student.name}: a solution survives"
        placeholders = [c for c in s_cells if "".join(c["source"]) == editions.PLACEHOLDER]
        assert len(placeholders) == editions.exercises_and_solutions(json.loads(teacher.read_text()))[1]
        assert all(c["outputs"] == [] for c in placeholders)


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_what_follows_a_solution_is_an_answer_or_a_new_section(path):
    """Written answers must be marked, so that the student edition can remove them."""
    cells = json.loads(path.read_text())["cells"]
    for i, c in enumerate(cells[:-1]):
        if c["cell_type"] == "code" and "".join(c["source"]).startswith(editions.SOLUTION_MARK):
            nxt = "".join(cells[i + 1]["source"])
            assert nxt.startswith(("### Your turn", editions.ANSWER_MARK, "## ", editions.NAV_MARK)), \
                f"{path.name}: cell {i + 2} follows a solution but is neither an answer, an exercise nor a section"


def test_student_edition_refuses_missing_solutions(tmp_path):
    src = tmp_path / "nb"
    src.mkdir()
    nb = json.loads(notebooks()[0].read_text())
    nb["cells"] = [c for c in nb["cells"] if not "".join(c["source"]).startswith(editions.SOLUTION_MARK)]
    (src / notebooks()[0].name).write_text(json.dumps(nb))
    with pytest.raises(editions.EditionError, match=r"exercises but 0 '# Solution' cells"):
        editions.student_edition(tmp_path / "out", src)


def test_readme_map_is_up_to_date():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert editions.readme_map() in readme, "README's notebook map is stale: run `python -m framing run`"


def test_readme_map_needs_markers(tmp_path):
    p = tmp_path / "README.md"
    p.write_text("no markers here")
    with pytest.raises(editions.EditionError, match="markers"):
        editions.write_readme_map(p)


def test_notebook_facts_of_the_first_notebook():
    facts = editions.notebook_facts(notebooks()[0])
    assert facts["title"].startswith("Reading the article")
    assert facts["figure"] is None  # notebook 00 draws no figure; the voice map is notebook 01's
    assert editions.notebook_facts(notebooks()[1])["figure"] == "01-voice-map"
    assert len(facts["objectives"]) >= 3 and facts["minutes"] >= 5


def test_readme_thumbnails_have_descriptive_alt_text():
    import re

    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    alts = re.findall(r'<img src="figures/([^"]+)\.png" alt="([^"]*)"', readme)
    assert alts and all(alt and alt != name for name, alt in alts), "a README thumbnail's alt text is its file name"


def test_readme_links_resolve():
    import re

    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)", readme) + re.findall(r'src="([^"]+)"', readme)
    local = [t for t in targets if not t.startswith(("http:", "https:"))]
    missing = sorted({t for t in local if not (paths.ROOT / t).exists()})
    assert local and not missing, f"README links to missing files: {missing}"


def test_cli_errors_are_one_line(tmp_path, monkeypatch, capsys):
    from framing.__main__ import main

    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    assert main(["student"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "no numbered notebooks" in err


def test_html_is_an_alias_of_site():
    from framing.__main__ import COMMANDS

    assert COMMANDS["html"][0] is COMMANDS["site"][0]


def test_glossary_first_uses_are_up_to_date():
    text = (paths.NOTEBOOKS / editions.GLOSSARY).read_text(encoding="utf-8")
    assert editions.glossary_with_first_uses(text) == text, "stale glossary: run `python -m framing run`"


def test_glossary_first_use_is_the_first_notebook_that_links_the_term(tmp_path):
    for name, body in (("00-a.ipynb", "no link"), ("01-b.ipynb", "a [term](glossary.md#term) here"),
                       ("02-c.ipynb", "again [term](glossary.md#term)")):
        nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": body}], "metadata": {},
              "nbformat": 4, "nbformat_minor": 5}
        (tmp_path / name).write_text(json.dumps(nb), encoding="utf-8")
    row = '| <a id="term"></a>term | meaning | [00](00-a.ipynb) |'
    other = '| <a id="other"></a>other | unlinked | [02](02-c.ipynb) |'
    out = editions.glossary_with_first_uses(f"# G\n\n{row}\n{other}\n", tmp_path)
    assert '| <a id="term"></a>term | meaning | [01](01-b.ipynb) |' in out
    assert '| <a id="other"></a>other | unlinked | — |' in out
