"""The course machinery: the time formula and the exercise checker."""
import json

import pytest

from framing.course import check, checks, guess, timing
from framing.runner import stamp_time


def md(text):
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def code(text, outputs=()):
    return {"cell_type": "code", "metadata": {}, "source": text, "outputs": list(outputs), "execution_count": 1}


PNG = {"output_type": "display_data", "data": {"image/png": "x", "text/plain": "<Figure>"}}
HTML = {"output_type": "execute_result", "data": {"text/html": "<table/>", "text/plain": "df"}}
TEXT = {"output_type": "stream", "name": "stdout", "text": "hello"}
MDOUT = {"output_type": "display_data", "data": {"text/markdown": "four words right here"}}


def notebook():
    return {"cells": [
        md("# Title\n\n- **Time:** 0 minutes\n\nSome [linked words](http://a.b/c) and <b>tags</b> here."),
        code("x = 1\n# a comment\n\ny = 2", [TEXT]),
        code("df", [HTML]),
        code("fig", [PNG, MDOUT]),
        md("### Your turn 00.1 ☼ Count\n\nDo it."),
        md("**Exercise 2.** Another."),
        md("## Solutions"),
        md("### Your turn 00.1"),
        code("# Solution\nanswer = 1\ncheck('00.1', answer)", [TEXT]),
        md("## After the solutions\n\nthree more words"),
    ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def test_formula_counts_each_part():
    m = timing.measure(notebook())
    # words: Title Time minutes Some linked words and tags here (9) + Your turn Count Do it (5) + Exercise Another (2)
    # + After the solutions three more words (6): the Solutions section ends at the next level-2 heading
    assert m["md_words"] == 9 + 5 + 2 + 6
    assert m["out_words"] == 4
    assert (m["code_lines"], m["tables"], m["text_outputs"], m["figures"], m["exercises"]) == (4, 1, 1, 1, 2)
    assert m["graded"] == 1
    expected = (22 + 4) / 130 + 4 * 0.1 + 1 + 0.5 + 1.5 + 2 * 3
    assert m["minutes_exact"] == pytest.approx(expected)
    assert m["minutes"] == round(expected)


def test_solutions_are_left_out():
    nb = notebook()
    with_more = json.loads(json.dumps(nb))
    with_more["cells"].insert(8, code("\n".join(f"z{i} = {i}" for i in range(50)), [HTML, PNG]))
    assert timing.measure(with_more)["minutes_exact"] == timing.measure(nb)["minutes_exact"]


def test_stamp_time_writes_the_computed_minutes():
    import nbformat
    nb = nbformat.from_dict(notebook())
    stamp_time(nb)
    assert f"**Time:** {timing.measure(nb)['minutes']} minutes" in nb.cells[0].source
    before = nb.cells[0].source
    stamp_time(nb)
    assert nb.cells[0].source == before  # digits are not words: the stamp is a fixed point


def test_minutes_reads_a_file(tmp_path):
    p = tmp_path / "00-x.ipynb"
    p.write_text(json.dumps(notebook()), encoding="utf-8")
    assert timing.minutes(p) == timing.measure(notebook())["minutes"]


@pytest.fixture
def toy_exercise(monkeypatch):
    registry = dict(checks._load())
    monkeypatch.setattr(checks, "_CHECKS", registry)
    checks.exercise("99.1")(lambda answer: None if answer == 42 else "count again")

    def boom(answer):
        raise TypeError("bad")
    checks.exercise("99.2")(boom)
    return registry


def test_check_prints_tick_or_hint_never_raises(toy_exercise, capsys):
    assert check("99.1", 42) is None
    assert checks.verdict("99.1", 41)[0] is False and checks.verdict("99.1", 42)[0] is True
    check("99.1", 41)
    check("99.1", ...)
    check("99.2", 1)
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4
    assert out[0] == "99.1: ✓ Correct."
    assert out[1] == "99.1: Not yet. Hint: count again"
    assert out[2] == f"99.1: {checks.NOT_ANSWERED}"
    assert "could not be checked (TypeError)" in out[3]
    assert "42" not in "".join(out[1:])  # a hint never gives the answer


def test_unknown_exercise_and_double_registration(toy_exercise):
    with pytest.raises(KeyError, match="no exercise '99.9'"):
        check("99.9", 1)
    with pytest.raises(ValueError, match="two checkers"):
        checks.exercise("99.1")(lambda a: None)


def test_guess(capsys):
    guess(..., 3)
    guess(2, 3)
    out = capsys.readouterr().out.splitlines()
    assert out == ["You did not write a guess. The result is 3.", "Your guess: 2. The result: 3."]


def test_runner_merges_split_stream_outputs():
    import nbformat
    from framing.runner import coalesce_streams
    nb = nbformat.from_dict(notebook())
    nb.cells[1]["outputs"] = [dict(TEXT, text="a"), dict(TEXT, text="b\n"), HTML, dict(TEXT, text="c")]
    coalesce_streams(nb)
    assert [o.get("text") for o in nb.cells[1]["outputs"]] == ["ab\n", None, "c"]


def test_numpy_and_pandas_forms_of_a_right_answer_pass(toy_exercise):
    import numpy as np
    import pandas as pd
    for answer in (np.int64(42), pd.Series([42]), np.array([42]), pd.Series([42]).iloc[0]):
        assert checks.verdict("99.1", answer)[0], type(answer)
    checks.exercise("99.3")(lambda answer: None if answer == [1, 2] else "two items")
    assert checks.verdict("99.3", pd.Series([1, 2]))[0] and not checks.verdict("99.3", pd.Series([1, 3]))[0]
    assert checks.verdict("99.1", pd.Series([41]))[1] == "Not yet. Hint: count again"
