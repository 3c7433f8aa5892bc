import functools
import json
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from framing import editions, paths
from framing.runner import notebooks

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


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
    n_ex, n_sol = editions.exercises_and_solutions(json.loads(path.read_text()))
    assert n_ex >= 2 and n_ex == n_sol, f"{path.name}: {n_ex} exercises, {n_sol} solutions"


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
            assert nxt.startswith(("**Exercise", editions.ANSWER_MARK, "## ")), \
                f"{path.name}: cell {i + 2} follows a solution but is neither an answer, an exercise nor a section"


def test_student_edition_refuses_missing_solutions(tmp_path):
    src = tmp_path / "nb"
    src.mkdir()
    nb = json.loads(notebooks()[0].read_text())
    nb["cells"] = [c for c in nb["cells"] if not "".join(c["source"]).startswith(editions.SOLUTION_MARK)]
    (src / notebooks()[0].name).write_text(json.dumps(nb))
    with pytest.raises(editions.EditionError, match=r"exercises but 0 '# Solution' cells"):
        editions.student_edition(tmp_path / "out", src)


@pytest.fixture(scope="module")
def html_site(tmp_path_factory):
    target = tmp_path_factory.mktemp("html")
    index = editions.html_edition(target)
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(target))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", index
    server.shutdown()
    server.server_close()


def test_html_edition_files(html_site):
    _, index = html_site
    names = sorted(p.name for p in index.parent.glob("*.html"))
    assert "index.html" in names and "glossary.html" in names
    assert all(f"{p.stem}.html" in names for p in notebooks())


@pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"), reason="Chromium not installed (CI installs it)")
def test_html_edition_in_a_real_browser(html_site):
    from playwright.sync_api import sync_playwright

    base, _ = html_site
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.route("**/*", lambda route: route.abort() if not route.request.url.startswith(base) else route.continue_())
        assert page.goto(f"{base}/index.html").ok
        links = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
        pages = {h for h in links if "#" not in h}
        assert pages == {f"{p.stem}.html" for p in notebooks()} | {"glossary.html"}
        first = notebooks()[0].stem
        page.click(f"a[href='{first}.html']")
        page.wait_for_load_state("load")
        assert page.url.endswith(f"{first}.html")
        assert page.locator("math").count() > 0 and "$$" not in page.inner_text("body"), "formulas not rendered"
        images = page.eval_on_selector_all("img", "els => els.map(e => e.complete && e.naturalWidth > 0)")
        assert images and all(images), "a figure did not load"
        hrefs = page.eval_on_selector_all("a[href$='.html']", "els => els.map(e => e.href)")
        assert any(h.endswith("index.html") for h in hrefs), "no contents link"
        for href in sorted(set(hrefs)):
            assert page.request.get(href).ok, f"broken link {href}"
        anchors = page.eval_on_selector_all("a[href*='glossary.html#']", "els => els.map(e => e.href)")
        assert anchors, "no glossary links"
        page.goto(anchors[0])
        target = anchors[0].split("#", 1)[1]
        assert page.locator(f"[id='{target}']").count() == 1, f"glossary anchor {target} missing"
        browser.close()


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
    assert facts["title"].startswith("The article")
    assert facts["figure"] == "00-voice-map"
    assert len(facts["objectives"]) >= 3 and facts["minutes"] >= 5


def test_readme_links_resolve():
    import re

    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)", readme) + re.findall(r'src="([^"]+)"', readme)
    local = [t for t in targets if not t.startswith(("http:", "https:"))]
    missing = sorted({t for t in local if not (paths.ROOT / t).exists()})
    assert local and not missing, f"README links to missing files: {missing}"


@pytest.mark.parametrize("markdown, expected", [
    ("$$x = 1$$", '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">'),
    ("where $p_o$ is", 'display="inline"'),
    ("a price of $5 and $6", "a price of $5 and $6"),
    ("code `$x$` stays", "code `$x$` stays"),
])
def test_math_becomes_mathml(markdown, expected):
    assert expected in editions.math_to_mathml(markdown)


def test_cli_errors_are_one_line(tmp_path, monkeypatch, capsys):
    from framing.__main__ import main

    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    assert main(["student"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "no numbered notebooks" in err
