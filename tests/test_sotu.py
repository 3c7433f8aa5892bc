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


def test_fast_keyness_equals_keyness_table():
    a = Counter({"war": 9, "putin": 12, "folks": 19, "the": 300, "rare": 1})
    b = Counter({"war": 40, "putin": 12, "folks": 70, "the": 30000, "must": 1500, "tax": 3})
    slow = K.keyness_table(a, b, 7824, 619053, names=("x", "y"))
    fast = S.keyness(a, b, 7824, 619053, names=("x", "y"))
    assert list(fast.columns) == list(slow.columns) and list(fast["term"]) == list(slow["term"])
    for col in slow.columns[1:]:
        np.testing.assert_allclose(fast[col].astype(float), slow[col].astype(float), rtol=1e-6, equal_nan=True)


def test_tarone_equals_keyness_tarone():
    for values in ([0.001, 0.2, 0.3], [0.001] * 3, [], [1e-9] * 50 + [0.01] * 10):
        assert S.tarone(values) == K.tarone(values)
    with pytest.raises(S.SotuError):
        S.tarone([0.1], alpha=0)


def test_keyness_bad_input():
    with pytest.raises(S.SotuError):
        S.keyness({"a": 5}, {"a": 1}, 3, 10)
    with pytest.raises(S.SotuError):
        S.with_bonferroni(S.keyness({"a": 1}, {"a": 1}).drop(columns="size_a"))


def test_read_naming_rejects_bad_pattern(tmp_path):
    p = tmp_path / "n.csv"
    p.write_text("target,naming,pattern,justification\nwar,x,war (bad),why\n")
    with pytest.raises(Exception, match="n.csv: row 2"):
        S.read_naming(p)
