"""Checkers of notebook 10: right answer, wrong answer (a hint), not answered."""
import pytest

from framing import frames, sentiment, sotu
from framing.course.checks import NOT_ANSWERED, verdict


@pytest.fixture(scope="module")
def passage():
    return sotu.passage(sotu.segment(sotu.load()))


def right(passage):
    found = sotu.artifacts(sotu.load())
    scores = [sentiment.score(t)["compound"] for t in passage["text_norm"]]
    return {"10.1": int((found["step"] == "unbracket_correction").sum()),
            "10.2": int(passage["text_norm"].str.contains(r"\bPutin").sum()),
            "10.3": " ".join(frames.kwic(sotu.with_voice(passage), ["sanction*"]).loc[0, "left"].split()[-2:]),
            "10.4": int(passage["sent_id"].iloc[scores.index(min(scores))])}


@pytest.mark.parametrize("ex, wrong", [("10.1", -1), ("10.2", 999), ("10.3", "illegal Western"), ("10.4", 0)])
def test_checkers(passage, ex, wrong):
    assert verdict(ex, right(passage)[ex]) == (True, "✓ Correct.")
    ok, msg = verdict(ex, wrong)
    assert not ok and msg.startswith("Not yet. Hint:")
    assert verdict(ex, ...) == (False, NOT_ANSWERED)
