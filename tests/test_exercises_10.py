"""Checkers of notebook 10: right answers in several forms, wrong answers (a hint), not answered."""
import numpy as np
import pytest

from framing import frames, sentiment, sotu
from framing.course.checks import NOT_ANSWERED, verdict


@pytest.fixture(scope="module")
def passage():
    return sotu.passage(sotu.segment(sotu.load()))


@pytest.fixture(scope="module")
def right(passage):
    found = sotu.artifacts(sotu.load())
    turns = found.loc[found["step"] == "drop_audience_turn", "match"]
    lines = frames.kwic(sotu.with_voice(passage), ["sanction*"])
    scores = [sentiment.score(t)["compound"] for t in passage["text_norm"]]
    return {"10.1": int(turns.str.contains("Boo").sum()),
            "10.2": int(passage["text_norm"].str.contains(r"\bPutin").sum()),
            "10.3": int(lines.loc[lines["left"].str.contains("pain"), "sent_id"].iloc[0]),
            "10.4": int(passage["sent_id"].iloc[scores.index(min(scores))])}


@pytest.mark.parametrize("ex", ["10.1", "10.2", "10.3", "10.4"])
def test_right_in_reasonable_forms(right, ex):
    for form in (right[ex], np.int64(right[ex]), str(right[ex]), float(right[ex])):
        assert verdict(ex, form) == (True, "✓ Correct."), (ex, form)


@pytest.mark.parametrize("ex, wrong", [("10.1", 9), ("10.1", 11), ("10.2", 999), ("10.3", 40), ("10.3", "pain"),
                                       ("10.4", 0), ("10.4", 84)])
def test_wrong_gives_a_hint_without_the_answer(right, ex, wrong):
    ok, msg = verdict(ex, wrong)
    assert not ok and msg.startswith("Not yet. Hint:") and str(right[ex]) not in msg


@pytest.mark.parametrize("ex", ["10.1", "10.2", "10.3", "10.4"])
def test_not_answered(ex):
    assert verdict(ex, ...) == (False, NOT_ANSWERED)


def test_hints_diagnose_the_usual_mistakes():
    assert "speaker label" in verdict("10.1", 0)[1]
    assert "never says 'sanction'" in verdict("10.3", 38)[1]
