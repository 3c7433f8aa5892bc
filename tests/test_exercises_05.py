"""The checkers of notebook 05's exercises: a right answer passes, a wrong one gets a hint, ... is not answered."""
import pandas as pd
import pytest

from framing import agreement
from framing import frames as F
from framing.course.checks import NOT_ANSWERED, verdict
from framing.course.exercises import nb05


@pytest.fixture(scope="module")
def tables():
    return nb05._tables()  # sentences, frames, indicators, hand coding, as the checkers load them


def score(fbs, frame):
    g = fbs[fbs["frame"] == frame]
    return agreement.precision_recall_f1(g["hand_coded"], g["matched"])


def test_05_1_checks_the_kappa_of_any_coding(tables):
    coding = tables[3]
    gold = [(i, "strategic_partnership") in set(zip(coding["sent_id"], coding["frame"])) for i in range(20, 26)]
    mine = [True, True, False, False, True, False]
    assert verdict("05.1", (mine, agreement.cohen_kappa(mine, gold)))[0]
    assert verdict("05.1", (gold, 1.0))[0]
    assert verdict("05.1", (mine, 0.99))[1].startswith("Not yet. Hint: compute")
    kappa = agreement.cohen_kappa(mine, gold)
    assert verdict("05.1", (mine, round(kappa, 2)))[0]  # rounded to two decimals is right
    assert verdict("05.1", (mine, agreement.cohen_kappa(gold, mine)))[0]  # kappa is symmetric
    assert "two decimals" in verdict("05.1", (mine, round(kappa, 1) + 0.02))[1]
    assert "itself" in verdict("05.1", (mine, 1.0))[1]
    assert str(round(kappa, 2)) not in verdict("05.1", (mine, 0.99))[1]
    assert "6 True/False" in verdict("05.1", ([True], 1.0))[1]
    assert verdict("05.1", ...) == (False, NOT_ANSWERED)
    const = [True] * 6  # a constant coder: its kappa (0) is right arithmetic, a wrong one gets a specific hint
    assert verdict("05.1", (const, agreement.cohen_kappa(const, gold)))[0]
    assert "constant coder" in verdict("05.1", (const, 0.5))[1]


def test_05_2_to_05_4(tables):
    s, frames, ind, coding = tables
    fbs = F.frames_by_sentence(s, frames, F.detect_frames(s, ind), coding)
    sov = score(fbs, "sovereignty")
    assert verdict("05.2", (sov["precision"], sov["recall"]))[0]
    assert not verdict("05.2", (sov["recall"], sov["precision"]))[0]
    false_hits = fbs[fbs["matched"] & ~fbs["hand_coded"]]["frame"].value_counts()
    assert verdict("05.3", false_hits.idxmax())[0]
    assert not verdict("05.3", false_hits.idxmin())[0]
    assert "frame id" in verdict("05.3", "tone")[1]
    extra = pd.DataFrame([{"frame": "strategic_partnership", "pattern": "relations", "expected": "present",
                           "justification": "exercise"}])
    tuned = F.frames_by_sentence(s, frames, F.detect_frames(s, pd.concat([ind, extra])), coding)
    assert verdict("05.4", score(tuned, "strategic_partnership")["f1"])[0]
    assert not verdict("05.4", score(fbs, "strategic_partnership")["f1"])[0]
    for k in ("05.2", "05.3", "05.4"):
        assert verdict(k, ...) == (False, NOT_ANSWERED)


def test_strings_and_wrong_shapes_get_type_hints(tables):
    s, frames, ind, coding = tables
    fbs = F.frames_by_sentence(s, frames, F.detect_frames(s, ind), coding)
    sov = score(fbs, "sovereignty")
    ok, hint = verdict("05.2", (str(sov["precision"]), str(sov["recall"])))
    assert not ok and "not strings" in hint
    assert "pair" in verdict("05.2", sov["precision"])[1]
    assert verdict("05.2", [sov["precision"], sov["recall"]])[0]  # a list is a reasonable pair
    assert verdict("05.2", (1 / 4, 1))[0]
    extra = pd.DataFrame([{"frame": "strategic_partnership", "pattern": "relations", "expected": "present",
                           "justification": "exercise"}])
    tuned = F.frames_by_sentence(s, frames, F.detect_frames(s, pd.concat([ind, extra])), coding)
    f1 = score(tuned, "strategic_partnership")["f1"]
    assert "not strings" in verdict("05.4", str(f1))[1]
    assert "not a bool" in verdict("05.4", True)[1]
    gold = [(i, "strategic_partnership") in set(zip(coding["sent_id"], coding["frame"])) for i in range(20, 26)]
    assert "pair" in verdict("05.1", gold)[1]
    assert "not strings" in verdict("05.1", (gold, "1.0"))[1]
    assert verdict("05.1", (tuple(gold), 1))[0]
