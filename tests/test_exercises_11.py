"""Checkers of notebook 11: right answers in several forms, wrong answers (a hint), not answered."""
import numpy as np
import pandas as pd
import pytest

from framing import agreement, keyness, sotu
from framing.course.checks import NOT_ANSWERED, verdict

MINE = ["war_as_aggression", "none", "legitimate_defence", "economic_pragmatism", "none"]


def test_11_1_checks_the_kappa_of_any_labels():
    from framing.course.exercises.nb11 import IDS, _coding
    theirs = _coding().drop_duplicates("sent_id").set_index("sent_id").loc[list(IDS), "frame"].tolist()
    assert verdict("11.1", (MINE, agreement.cohen_kappa(MINE, theirs)))[0]
    assert verdict("11.1", [tuple(MINE), np.float64(agreement.cohen_kappa(MINE, theirs))])[0]
    assert not verdict("11.1", (MINE, 0.123))[0]
    assert not verdict("11.1", (["nonsense"] * 5, 1.0))[0]
    assert "share of agreement" in verdict("11.1", (MINE, sum(a == b for a, b in zip(MINE, theirs)) / 5))[1]
    assert "five labels" in verdict("11.1", (MINE[:4], 0.5))[1]
    assert not verdict("11.1", "war_as_aggression")[0]


def test_11_1_refuses_five_identical_labels():
    """The old starter example ["none"] * 5 with its kappa must not pass: five identical labels are no coding."""
    from framing.course.exercises.nb11 import IDS, _coding
    theirs = _coding().drop_duplicates("sent_id").set_index("sent_id").loc[list(IDS), "frame"].tolist()
    for label in ("none", "war_as_aggression"):
        mine = [label] * 5
        ok, msg = verdict("11.1", (mine, agreement.cohen_kappa(mine, theirs)))
        assert not ok and "same label" in msg and "geopolitical_tension" not in msg


def test_11_1_reports_differences(capsys):
    from framing.course.exercises.nb11 import IDS, _coding
    theirs = _coding().drop_duplicates("sent_id").set_index("sent_id").loc[list(IDS), "frame"].tolist()
    mine = list(theirs)
    mine[1] = "western_pressure"
    assert verdict("11.1", (mine, agreement.cohen_kappa(mine, theirs)))[0]
    out = capsys.readouterr().out
    assert "sentence 40: you western_pressure, the file none." in out and "not who is right" in out


def test_11_2_counts_the_names():
    from framing.course.exercises.nb11 import _united_names
    names, all_false, lower = _united_names()
    assert verdict("11.2", names)[0] and verdict("11.2", np.int64(names))[0]
    assert "every false hit" in verdict("11.2", all_false)[1]
    assert "We are united" in verdict("11.2", names + lower)[1]
    assert verdict("11.1", ...) == (False, NOT_ANSWERED)


@pytest.fixture(scope="module")
def significant():
    from framing.course.exercises.nb11 import _article_versus_addresses
    t = keyness.with_tarone(_article_versus_addresses())[0]
    return t.loc[t["significant"], "term"]


@pytest.mark.parametrize("form", [list, set, tuple, pd.Series, lambda s: [w.upper() for w in s]])
def test_11_3_accepts_the_words_in_any_collection(significant, form):
    assert verdict("11.3", form(list(significant))) == (True, "✓ Correct.")


@pytest.mark.parametrize("wrong", [15, np.int64(15), "xi", ["xi"], ["xi", "the", "covid-19"]])
def test_11_3_wrong(significant, wrong):
    ok, msg = verdict("11.3", wrong)
    assert not ok and msg.startswith("Not yet. Hint:") and "china" not in msg


def test_11_4_tests_the_reference():
    c = sotu.corpus_counts(sotu.reference_ids(exclude=""))
    top = keyness.keyness_table(c["2023-Biden-1"], sotu.pool(c, sotu.reference_ids(exclude="2023-Biden-1"))).iloc[0]
    assert verdict("11.4", (f" {top['term'].upper()} ", top["g2"]))[0]
    assert verdict("11.4", [top["term"], round(float(top["g2"]), 1)])[0]
    inside = keyness.keyness_table(c["2023-Biden-1"], sotu.pool(c, sotu.reference_ids(exclude=""))).iloc[0]
    assert inside["term"] == top["term"] and not inside["g2"] == top["g2"]
    assert "contains 2023" in verdict("11.4", (inside["term"], inside["g2"]))[1]
    assert verdict("11.4", (top["term"], round(float(top["g2"]))))[0]   # rounded to a whole number
    assert "give the g2" in verdict("11.4", (top["term"], top["g2"] + 3))[1]
    truncated = verdict("11.4", (top["term"], int(top["g2"])))   # 131.55 cut to 131, not rounded to 132
    assert int(top["g2"]) != round(float(top["g2"])) and not truncated[0] and "round, don't truncate" in truncated[1]
    assert not verdict("11.4", top["term"])[0]


def test_11_4_default_reference_contains_2023():
    """A student who reuses `reference` (sotu.reference_ids(): 2022 out, 2023 in) is told that 2023 is in it."""
    c = sotu.corpus_counts(sotu.reference_ids(exclude=""))
    reused = keyness.keyness_table(c["2023-Biden-1"], sotu.pool(c, sotu.reference_ids())).iloc[0]
    assert "2023-Biden-1" in sotu.reference_ids()
    for g2 in (reused["g2"], round(float(reused["g2"]), 1)):
        ok, msg = verdict("11.4", (reused["term"], g2))
        assert not ok and "contains 2023" in msg


@pytest.mark.parametrize("ex, wrong", [("11.2", 0), ("11.3", -1), ("11.4", ("zzz", 1.0))])
def test_wrong_and_unanswered(ex, wrong):
    ok, msg = verdict(ex, wrong)
    assert not ok and msg.startswith("Not yet. Hint:")
    assert verdict(ex, ...) == (False, NOT_ANSWERED)


def test_11_4_reference_without_2022_nor_2023():
    """A reference that leaves out both 2022 and 2023 gives another G2: the hint names the reference, not the rounding."""
    c = sotu.corpus_counts(sotu.reference_ids(exclude=""))
    ids = [i for i in sotu.reference_ids() if i != "2023-Biden-1"]
    assert "2022-Biden-1" not in ids and len(ids) == 68
    top = keyness.keyness_table(c["2023-Biden-1"], sotu.pool(c, ids)).iloc[0]
    for g2 in (top["g2"], round(float(top["g2"]), 1)):
        ok, msg = verdict("11.4", (top["term"], g2))
        assert not ok and "leaves out 2022" in msg and "give the g2" not in msg
