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


def test_11_4_accepts_case_and_spaces():
    c = sotu.corpus_counts(sotu.reference_ids(exclude=""))
    top = keyness.keyness_table(c["2023-Biden-1"], sotu.pool(c, sotu.reference_ids(exclude="2023-Biden-1"))).loc[0, "term"]
    assert verdict("11.4", f" {top.upper()} ")[0]


@pytest.mark.parametrize("ex, wrong", [("11.2", 0), ("11.3", -1), ("11.4", "zzz")])
def test_wrong_and_unanswered(ex, wrong):
    ok, msg = verdict(ex, wrong)
    assert not ok and msg.startswith("Not yet. Hint:")
    assert verdict(ex, ...) == (False, NOT_ANSWERED)
