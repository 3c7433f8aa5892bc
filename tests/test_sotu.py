"""framing.sotu: loader and checksum, transcript cleaning steps, passage rule, fast keyness."""
import math
from collections import Counter

import numpy as np
import pytest

from framing import keyness as K
from framing import sotu as S


@pytest.fixture(scope="module")
def text():
    return S.load()


def test_checksum_error_is_one_line_naming_the_speech(text):
    with pytest.raises(S.SotuError, match=r"^2022-Biden-1: text changed") as err:
        S.check_text("2022-Biden-1", text + " ")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("bad", ["1800-Nobody-1", "", None])
def test_unknown_speech(bad):
    with pytest.raises(S.SotuError):
        S.load(bad)


@pytest.mark.parametrize("raw, clean", [
    ("The President. Thank you.", "Thank you."),
    ("Six—[applause]—thank you.", "Six—thank you."),
    ("childcare. [Applause] Cut", "childcare. Cut"),
    ("the Uranian [Ukrainian]* people", "the Uranian Ukrainian people"),
    ("profits [prices].* When", "profits prices. When"),
    ("Audience members. Boo!", ""),
])
def test_cleaning_steps(raw, clean):
    assert S.clean(raw).text == clean


def test_cleaning_keeps_offsets(text):
    norm = S.clean(text[8100:8160], offset=8100)
    i = norm.text.index("Ukrainian people")
    a, b = norm.span_in_original(i, i + len("Ukrainian"))
    start = text.index("[Ukrainian]*")
    assert start <= a < b <= start + len("[Ukrainian]*")   # the word maps back into the editor's bracket


def test_passage_rule(text):
    p = S.passage(S.segment(text))
    assert p["text_norm"].iloc[1].startswith("Six days ago, Russia's Vladimir Putin")
    assert "Uranian Ukrainian" in p["text_norm"].iloc[-3]
    assert not p["text_norm"].str.contains("pandemic").any()
    assert all(text[r.start:r.end] == r.text for r in p.itertuples())


def test_passage_bad_input():
    s = S.segment("A paragraph about taxes.\n\nAnother about roads.")
    with pytest.raises(S.SotuError, match="no paragraph names"):
        S.passage(s)
    with pytest.raises(S.SotuError, match="lacks column"):
        S.passage(s.drop(columns="para_id"))
    with pytest.raises(S.SotuError, match="empty text"):
        S.segment("  ")


def test_tokens_split_possessive_and_keep_contractions():
    assert S.tokens("We'll see Putin’s war [applause] don't") == ["we'll", "see", "putin", "'s", "war", "don't"]


def test_keyness_table_on_corpus_counts_equals_the_one_term_functions():
    """keyness.keyness_table (vectorised) row by row against the one-term functions, on counts of the size
    the corpus pipeline produces."""
    a = Counter({"war": 9, "putin": 12, "folks": 19, "the": 300, "rare": 1})
    b = Counter({"war": 40, "putin": 12, "folks": 70, "the": 30000, "must": 1500, "tax": 3})
    table = K.keyness_table(a, b, 7824, 619053).set_index("term")
    for t in sorted(set(a) | set(b)):
        x, y = a.get(t, 0), b.get(t, 0)
        row = table.loc[t]
        assert row["g2"] == pytest.approx(K.g2(x, y, 7824, 619053), rel=1e-9, abs=1e-9)
        assert row["p_fisher"] == pytest.approx(K.p_fisher(x, y, 7824, 619053), rel=1e-6)
        assert bool(row["testable"]) == K.testable(x, y, 7824, 619053)
        low, high = K.log_ratio_ci(x, y, 7824, 619053)
        for got, want in ((row["lr_ci_low"], low), (row["lr_ci_high"], high)):
            assert (np.isnan(got) and np.isinf(want)) or got == pytest.approx(want, rel=1e-9)
    flagged, k, threshold = K.with_tarone(table.reset_index())
    assert threshold == 0.05 / k and flagged["significant"].sum() >= 1
    with pytest.raises(K.KeynessError, match="two freq_"):
        K.with_tarone(table.reset_index().drop(columns="size_ru"))


def test_read_naming_rejects_bad_pattern(tmp_path):
    p = tmp_path / "n.csv"
    p.write_text("target,naming,pattern,justification\nwar,x,war (bad),why\n")
    with pytest.raises(Exception, match="n.csv: row 2"):
        S.read_naming(p)
