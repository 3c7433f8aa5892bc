"""Checkers of notebook 11: right answer, wrong answer (a hint), not answered."""
import pytest

from framing import agreement
from framing.course.checks import NOT_ANSWERED, verdict

MINE = ["war_as_aggression", "none", "legitimate_defence", "economic_pragmatism", "none"]


def test_11_1_checks_the_kappa_of_any_labels():
    from framing.course.exercises.nb11 import IDS, _coding
    theirs = _coding().drop_duplicates("sent_id").set_index("sent_id").loc[list(IDS), "frame"].tolist()
    assert verdict("11.1", (MINE, agreement.cohen_kappa(MINE, theirs)))[0]
    assert not verdict("11.1", (MINE, 0.123))[0]
    assert not verdict("11.1", (["nonsense"] * 5, 1.0))[0]
    assert verdict("11.1", ...) == (False, NOT_ANSWERED)


@pytest.mark.parametrize("ex, wrong", [("11.2", 0), ("11.3", -1), ("11.4", "zzz")])
def test_wrong_and_unanswered(ex, wrong):
    ok, msg = verdict(ex, wrong)
    assert not ok and msg.startswith("Not yet. Hint:")
    assert verdict(ex, ...) == (False, NOT_ANSWERED)
