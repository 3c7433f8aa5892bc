import importlib.util
import zipfile

import matplotlib.pyplot as plt
import nltk
import pytest

from framing import resources, style
from framing.runner import NOTEBOOK_NAME, NotebookRunError, notebooks, run_notebook


def test_every_voice_has_a_distinct_colour():
    from framing.attribution import VOICES

    assert set(style.VOICE_COLORS) == set(VOICES)
    assert len(set(style.VOICE_COLORS.values())) == len(VOICES)


def test_unknown_voice_colour():
    with pytest.raises(ValueError, match="unknown voice 'pundit'"):
        style.voice_color("pundit")


def test_savefig_is_byte_identical(tmp_path):
    def draw(folder):
        fig, ax = plt.subplots()
        _ = ax.bar(["a", "b"], [1, 2], color=style.voice_color("journalist"))
        ax.set_title("t")
        out = style.savefig(fig, "test-figure", folder)
        plt.close(fig)
        return [p.read_bytes() for p in out]

    first, second = draw(tmp_path / "1"), draw(tmp_path / "2")
    assert first == second
    assert b"<dc:date>" not in first[1]


def test_saved_figure_is_shown_once_in_a_notebook_and_not_elsewhere(tmp_path, monkeypatch):
    import sys
    import types

    import IPython.display

    fig, ax = plt.subplots()
    ax.set_title("t")
    png = style.savefig(fig, "shown", tmp_path)[0]
    assert plt.fignum_exists(fig.number), "outside a notebook the figure is left open"
    shown = []
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    monkeypatch.setattr(plt, "get_backend", lambda: "module://matplotlib_inline.backend_inline")
    monkeypatch.setattr(IPython.display, "display", shown.append)
    assert style._show_saved(fig, png)
    assert shown[0].data == png.read_bytes() and not plt.fignum_exists(fig.number)


@pytest.mark.parametrize("name", ["", "a/b", "x.png"])
def test_savefig_rejects_bad_names(tmp_path, name):
    fig, _ = plt.subplots()
    with pytest.raises(ValueError):
        style.savefig(fig, name, tmp_path)
    plt.close(fig)


def test_vader_lexicon_is_built_offline(tmp_path, monkeypatch):
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))  # restored even if an assertion fails
    target = resources.ensure_vader_lexicon(tmp_path)
    assert target == tmp_path / "sentiment" / "vader_lexicon.zip"
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == [resources.LEXICON_MEMBER]
    assert nltk.data.path[0] == str(tmp_path)
    first = target.read_bytes()
    resources.ensure_vader_lexicon(tmp_path)   # idempotent, byte-identical
    assert target.read_bytes() == first
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    assert SentimentIntensityAnalyzer().polarity_scores("good")["compound"] > 0


def test_corrupt_lexicon_zip_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    target = tmp_path / "sentiment" / "vader_lexicon.zip"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"not a zip")
    resources.ensure_vader_lexicon(tmp_path)
    assert zipfile.is_zipfile(target)


def test_missing_vadersentiment_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(resources.ResourceError, match="vaderSentiment is not installed"):
        resources.vader_source()


def test_nltk_vader_works():
    assert resources.nltk_vader().polarity_scores("illegal")["compound"] < 0


@pytest.mark.parametrize("name, ok", [("00-the-article.ipynb", True), ("1-x.ipynb", False),
                                      ("02-Keyword.ipynb", False), ("03-sentiment.ipynb", True)])
def test_notebook_names(name, ok):
    assert bool(NOTEBOOK_NAME.match(name)) is ok


def test_notebooks_are_in_order():
    names = [p.name for p in notebooks()]
    assert names == sorted(names)


def test_failing_notebook_names_notebook_and_cell(tmp_path, monkeypatch):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    from framing import paths

    monkeypatch.setattr(paths, "ROOT", tmp_path)
    nb = new_notebook(cells=[new_code_cell("x = 1"), new_code_cell("1 / 0")])
    path = tmp_path / "99-broken-example.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(NotebookRunError, match=r"99-broken-example\.ipynb: cell 2 failed: .*ZeroDivisionError"):
        run_notebook(path)
